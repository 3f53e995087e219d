/** An element's content size in CSS pixels, kept current as its panel or the window changes size. */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BoxSize {
  width: number;
  height: number;
}

/** `fallback` until the element is measured (and where it has no size, as under jsdom). */
export function useBoxSize(ref: RefObject<HTMLElement | null>, fallback: BoxSize): BoxSize {
  const [size, setSize] = useState<BoxSize>(fallback);
  const { width: fw, height: fh } = fallback;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const width = Math.floor(el.clientWidth) || fw;
      const height = Math.floor(el.clientHeight) || fh;
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fw, fh]);
  return size;
}
