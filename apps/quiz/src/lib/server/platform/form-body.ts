import { error } from '@sveltejs/kit';

/** What a sender is told when its form cannot be read at all. */
export const unreadableFormMessage =
  'The form did not arrive whole (it was cut short or is not valid form data): send it again.';

/**
 * A request whose form, when its body cannot be read as one (a multipart body cut short, a boundary
 * missing), is a 400 with a message rather than a TypeError and a 500. The handle hook gives every request
 * with a body as this, so no action needs its own catch around `request.formData()`.
 */
export class FormReadingRequest extends Request {
  override async formData(): Promise<FormData> {
    const unread = !this.bodyUsed;
    try {
      return await super.formData();
    } catch (failure) {
      // undici answers a body it cannot parse with a TypeError. A body read twice is the code's mistake,
      // and a body over the size limit keeps the 413 its own error carries.
      if (unread && failure instanceof TypeError) error(400, unreadableFormMessage);
      throw failure;
    }
  }
}
