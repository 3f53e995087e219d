/** A minimal cookie-keeping client for one browser-like user of the HTTP API. */
export class HttpUser {
  cookie = '';
  /** Extra request headers, e.g. a forwarded address. */
  headers: Record<string, string> = {};

  constructor(
    private readonly baseUrl: string,
    private readonly bearer?: string,
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{
    status: number;
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
    headers: Headers;
  }> {
    const response = await fetch(`${this.baseUrl}graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    return { status: response.status, ...body, headers: response.headers };
  }
}
