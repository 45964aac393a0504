import type { RouteObject } from 'react-router';
import { CataloguePage } from './catalogue-page';
import { JournalListPage } from './journal-list-page';
import { QuickEntryPage } from './quick-entry-page';
import { RecordPage } from './record-page';

/** Journal pages inside the signed-in shell. */
export const journalRoutes: RouteObject[] = [
  { path: 'catalogue/services', element: <CataloguePage /> },
  { path: 'journal', element: <JournalListPage /> },
  { path: 'journal/quick', element: <QuickEntryPage /> },
  { path: 'journal/records/:id', element: <RecordPage /> },
];
