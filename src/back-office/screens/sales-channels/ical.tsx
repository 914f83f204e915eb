import { useState } from 'react';
import { AccommodationPicker, type AccommodationChoice } from './accommodation-picker';
import { IcalExport } from './ical-export';
import { IcalFeeds } from './ical-feeds';
import { SyncConflicts } from './sync-conflicts';

/**
 * Calendars shared with Airbnb, Booking.com and the others, for one accommodation: what this app
 * gives them (export), what it reads from them (feeds), and the double bookings that come of it.
 */
export function IcalPage(choice: AccommodationChoice) {
  // Adding, reading or removing a feed changes the conflicts: they are asked again after each.
  const [feedChanges, setFeedChanges] = useState(0);
  const accommodationId = choice.current.id;
  return (
    <>
      <AccommodationPicker {...choice} />
      <IcalFeeds key={`feeds-${accommodationId}`} accommodationId={accommodationId} onChanged={() => setFeedChanges((n) => n + 1)} />
      <SyncConflicts key={`conflicts-${accommodationId}`} accommodationId={accommodationId} feedChanges={feedChanges} />
      <IcalExport key={`export-${accommodationId}`} accommodationId={accommodationId} />
    </>
  );
}
