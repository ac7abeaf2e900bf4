import type { ComponentProps, ReactNode } from 'react';

/**
 * The dashboard's lists: a real table (caption and column headers for screen
 * readers) whose rows stack into cards below the md breakpoint, where the
 * header row is visually hidden. With no rows it is the empty-state text instead.
 */
export function StackedTable({ caption, columns, empty, children }: { caption: string; columns: readonly string[]; empty: ReactNode | null; children: ReactNode }) {
  if (empty !== null) return <p className="rounded-md border border-line bg-white p-4">{empty}</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b border-line text-sm text-muted">
          {columns.map((column) => (
            <th key={column} scope="col" className="p-2">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A row of a StackedTable (a card on small screens). */
export function StackedRow(props: Omit<ComponentProps<'tr'>, 'className'>) {
  return <tr {...props} className="flex flex-col border-b border-line py-2 md:table-row" />;
}
