// The shape of one language's built-in notification words (notification-templates.ts renders them).

/** A kind's subject and body templates. */
export interface KindWords {
  subject: string;
  body: string;
}

/** What every email says around its body: greeting, signature, and the words before each link. */
export interface EmailFrame {
  greeting: string;
  signature: string;
  act: string;
  contact: string;
  preferences: string;
  unsubscribe: string;
}

export interface LanguageWords {
  frame: EmailFrame;
  kinds: Readonly<Record<string, KindWords>>;
}
