/** Failed sign-ins per e-mail address within the window that lock it for LOCKOUT_MINUTES. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Failed sign-ins from one IP address within the window before it is slowed down. */
export const MAX_FAILURES_PER_IP = 30;
export const FAILURE_WINDOW_MINUTES = 15;
export const LOCKOUT_MINUTES = 15;
