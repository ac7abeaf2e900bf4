/** A new employer's sign-up form fields, and what the form shows after a post: plain data, safe for the browser. */
export interface SignupInput {
  companyName: string;
  slug: string;
  name: string;
  email: string;
  password: string;
}

export type SignupField = keyof SignupInput;
export type SignupProblem = 'required' | 'sensitiveNumber' | 'slugShape' | 'slugTaken' | 'emailShape' | 'emailTaken' | 'tooShort' | 'tooLong' | 'tooWeak';

export interface SignupState {
  values: Partial<Record<Exclude<SignupField, 'password'>, string>>;
  errors: Partial<Record<SignupField, SignupProblem>>;
  throttled?: boolean;
}
