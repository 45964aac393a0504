export { notificationRoutes } from './notifications.routes';
export { activeUsersOf, type NewNotification, notificationsOf, notifyUsers } from './notifications.service';
export { notifications } from './notifications.tables';
