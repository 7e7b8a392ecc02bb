// What MemoryAdapter loads on a member's first notification call, as one chunk: the notification service and
// MemoryStore's email preferences (memory-email.ts). A page that never shows notifications downloads neither.
export { NotificationService } from './service/notification-service.ts';
export { MemoryEmail } from './memory-email.ts';
