import type { SelectHTMLAttributes } from 'react';

/**
 * A select that shows the stored value, also after a server action.
 *
 * React 19 resets a form after its action, and a reset puts each control back
 * to its DOM default. React writes an input's or textarea's new defaultValue
 * into the DOM on every render, but a select's only when it is first mounted,
 * so the reset brought back the value the page first showed (a candidate moved
 * to "Interview" showed "New" again). Keyed by the stored value, the select is
 * mounted afresh whenever that value changes, with the new default.
 */
export function StoredSelect({ defaultValue, ...rest }: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'defaultValue' | 'value'> & { defaultValue: string }) {
  return <select key={defaultValue} defaultValue={defaultValue} {...rest} />;
}
