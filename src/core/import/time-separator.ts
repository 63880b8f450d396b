/**
 * A date and its time written with a space where ISO 8601 has a `T` ("2024-03-05 10:00"), as
 * HTML's date and time strings, vis-timeline's examples and much data written by hand have them:
 * read with the `T` it stands for. Any other text is returned as it is.
 */
export const withTimeSeparator = (text: string): string => text.replace(/^([+-]?\d{4,}-\d\d-\d\d) (?=\d\d:)/, '$1T');
