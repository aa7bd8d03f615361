/** Markup in angle brackets (<!channel>, <@U123>, <b>): how a message is formatted, not what it asks. */
export const MARKUP = /<[^<>]{1,200}>/g;
