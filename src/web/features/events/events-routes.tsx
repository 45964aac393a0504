import type { RouteObject } from 'react-router';
import { EventFormPage } from './event-form-page';
import { EventPage } from './event-page';
import { EventsListPage } from './events-list-page';

/** Group event pages inside the signed-in shell. */
export const eventsRoutes: RouteObject[] = [
  { path: 'events', element: <EventsListPage /> },
  { path: 'events/new', element: <EventFormPage /> },
  { path: 'events/:id', element: <EventPage /> },
  { path: 'events/:id/edit', element: <EventFormPage /> },
];
