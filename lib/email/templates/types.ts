export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** A template renders its payload in one language into subject, HTML and plain text. */
export type EmailTemplate<P> = (payload: P, language: 'nb' | 'en') => RenderedEmail | Promise<RenderedEmail>;
