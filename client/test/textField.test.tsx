import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';

import { TextField } from '../src/components/TextField';

/** A parent that keeps the text in its state and transforms it on the way back, as the URL round trip did. */
function Parent({ reported }: { reported: string[] }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      aria-label="Search"
      value={value}
      onValueChange={(v) => {
        reported.push(v);
        setValue(v.trim());
      }}
    />
  );
}

describe('TextField', () => {
  test('while an input method composes, nothing is reported; the committed text is, once', () => {
    const reported: string[] = [];
    render(<Parent reported={reported} />);
    const input = screen.getByLabelText('Search') as HTMLInputElement;
    act(() => input.focus());
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'Hô' } });
    fireEvent.change(input, { target: { value: 'Hộ' } });
    expect(reported).toEqual([]);
    expect(input.value).toBe('Hộ');
    fireEvent.compositionEnd(input, { data: 'Hộ' });
    expect(reported).toEqual(['Hộ']);
    expect(input.value).toBe('Hộ');
  });

  test('while focused, the page cannot rewrite the text under the caret (a trimmed echo does not come back)', () => {
    const reported: string[] = [];
    render(<Parent reported={reported} />);
    const input = screen.getByLabelText('Search') as HTMLInputElement;
    act(() => input.focus());
    fireEvent.change(input, { target: { value: 'ព្រៃ ' } });
    expect(input.value).toBe('ព្រៃ ');
    fireEvent.change(input, { target: { value: 'ព្រៃ ឈើ' } });
    expect(input.value).toBe('ព្រៃ ឈើ');
    expect(reported).toEqual(['ព្រៃ ', 'ព្រៃ ឈើ']);
  });

  test('a value set from outside while the field is not being typed in is shown', () => {
    const { rerender } = render(<TextField aria-label="Q" value="a" onValueChange={() => undefined} />);
    rerender(<TextField aria-label="Q" value="from the URL" onValueChange={() => undefined} />);
    expect((screen.getByLabelText('Q') as HTMLInputElement).value).toBe('from the URL');
  });
});
