/** A new employer's sign-up form fields, and what the form shows after a post: plain data, safe for the browser. */
export interface SignupInput {
  companyName: string;
  /** As typed; stored as nine digits. */
  orgNumber: string;
  /** Left empty, the server proposes one from the company name. */
  slug: string;
  name: string;
  email: string;
  password: string;
}

export type SignupField = keyof SignupInput;
// No "email taken": the form answers the same whether or not the address has an account (the email tells the owner).
// No "organisation number taken" either: the answer is the same, and the inbox is told how to reach the existing owner.
export type SignupProblem =
  | 'required'
  | 'sensitiveNumber'
  | 'slugShape'
  | 'slugReserved'
  | 'slugTaken'
  | 'orgNumberShape'
  | 'orgNumberCheck'
  | 'emailShape'
  | 'tooShort'
  | 'tooLong'
  | 'tooWeak'
  | 'controlCharacters'
  | 'link';

export interface SignupState {
  values: Partial<Record<Exclude<SignupField, 'password'>, string>>;
  errors: Partial<Record<SignupField, SignupProblem>>;
  throttled?: boolean;
  /** The link is on its way (or, for a known address, an email saying so): "check your inbox". */
  sent?: boolean;
}
