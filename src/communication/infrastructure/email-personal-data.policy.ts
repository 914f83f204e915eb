import { subjectNamedBy, type PersonalDataPolicy } from '../../event-store/personal-data/personal-data-policy';

/**
 * An email about a booking file is written out in full in its stream (address, subject, body;
 * the owner's copy replies to the guest's address), and the mail server's answers may quote the
 * address back:
 * sealed with the file's key, so that erasing the file's guest erases them from the outbox too.
 * An email about no file names no guest, and is stored as it is.
 */
export const emailPersonalData: PersonalDataPolicy = {
  types: ['EmailQueued', 'EmailDeferred', 'EmailSent', 'EmailFailed'],
  subjectOf: subjectNamedBy('dossierId'),
  fields: ['to', 'replyTo', 'subject', 'html', 'text', 'detail', 'response'],
  // Each as its schema allows: a failure's detail may be null, a deferral's may not.
  erased: (field, type) => (field === 'to' || field === 'replyTo' || (field === 'detail' && type === 'EmailFailed') ? null : ''),
};
