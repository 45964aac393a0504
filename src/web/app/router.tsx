import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/sign-in-page';
import { standaloneSurveyRoutes } from '../features/plans/surveys/surveys-routes';
import { routes as appRoutes } from './routes';
import { Shell } from './shell';

export const router = createBrowserRouter([
  { path: '/signin', element: <SignInPage /> },
  ...standaloneSurveyRoutes,
  { element: <Shell />, children: appRoutes },
]);
