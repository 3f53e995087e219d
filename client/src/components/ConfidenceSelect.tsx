/**
 * The minimum confidence of the links drawn, counted and walked, shared by the filter panel and the path finder: one
 * setting of the view (kept in the URL as `conf`), shown wherever it changes the answer.
 */
import { CONFIDENCE_CHOICES, isConfidence } from '../core/filters/filters';
import type { Confidence } from '../data/generated/graphql';

export function ConfidenceSelect(props: {
  label: string;
  value: Confidence;
  onChange(value: Confidence): void;
  testId: string;
}) {
  return (
    <label className="confidence-filter">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => {
          if (isConfidence(e.target.value)) props.onChange(e.target.value);
        }}
      >
        {CONFIDENCE_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
