/** What the sign-in form shows after a post: plain data, safe for the browser. */
export interface LoginState {
  step: 'password' | 'code';
  email: string;
  error?: 'missing' | 'invalid' | 'throttled' | 'codeInvalid';
  retryMinutes?: number;
  ticket?: string;
}
