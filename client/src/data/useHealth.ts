/** While something is wrong, polls /healthz every few seconds and calls onRecover once it is fine. */
import { useEffect, useRef, useState } from 'react';

import { checkHealth, type Health } from './client';

export function useHealth(active: boolean, onRecover: () => void, intervalMs = 3000): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  const recover = useRef(onRecover);
  useEffect(() => {
    recover.current = onRecover;
  });
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const h = await checkHealth();
      if (stopped) return;
      setHealth(h);
      if (h.ok) recover.current();
      else timer = setTimeout(() => void poll(), intervalMs);
    };
    timer = setTimeout(() => void poll(), 500);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [active, intervalMs]);
  return active ? health : null;
}
