/**
 * A text field that owns its text while the user types in it. Text typed through an input method (Vietnamese
 * telex, Khmer, Lao, Burmese, Thai) is composed in the field before it is committed; if the value came back from the
 * page's state on every keystroke (the view state, the URL), each round trip reset the field under the input method
 * and moved the caret, scrambling the text. So: while focused the field is the source of truth; what it reports is
 * the committed text (not the intermediate composition); a value from outside is taken only when the field is not
 * being typed in.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'defaultValue'
> {
  value: string;
  onValueChange(value: string): void;
  /** Changed by the page to set the text even while the field is in use (e.g. clearing it after a choice). */
  resetToken?: number;
}

export function TextField({ value, onValueChange, resetToken, onFocus, onBlur, ...rest }: TextFieldProps) {
  const [text, setText] = useState(value);
  const composing = useRef(false);
  const focused = useRef(false);

  useEffect(() => {
    if (!focused.current && !composing.current) setText(value);
  }, [value]);

  // Only a new token sets the text while the field is in use (adjusted during render, not in an effect).
  const [seenToken, setSeenToken] = useState(resetToken);
  if (resetToken !== seenToken) {
    setSeenToken(resetToken);
    setText(value);
  }

  return (
    <input
      {...rest}
      value={text}
      onFocus={(e) => {
        focused.current = true;
        onFocus?.(e);
      }}
      onBlur={(e) => {
        focused.current = false;
        composing.current = false;
        onBlur?.(e);
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(e) => {
        composing.current = false;
        setText(e.currentTarget.value);
        onValueChange(e.currentTarget.value);
      }}
      onChange={(e) => {
        setText(e.target.value);
        if (!composing.current) onValueChange(e.target.value);
      }}
    />
  );
}
