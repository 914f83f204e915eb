import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../shared/auth/public.decorator';
import { notModified } from '../../shared/http/conditional-get';
import { IcalExports } from '../application/ical-exports';

/**
 * `GET /ical/<token>.ics`: an accommodation's taken nights for Airbnb, Booking.com or any
 * calendar, with no account: the token is the key. Platforms poll it every few minutes to hours,
 * so it answers conditional GETs with a 304 and no body when nothing changed.
 */
@Controller('ical')
export class IcalFeedController {
  constructor(private readonly exports: IcalExports) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Query('feed') forFeed: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    // `?feed=<id>`: the URL given to the platform that feed imports from, which never gets its own stays back.
    const reader = typeof forFeed === 'string' ? forFeed : null;
    const feed = file.endsWith('.ics') ? await this.exports.feed(file.slice(0, -'.ics'.length), reader) : null;
    // The same answer for a token never issued and one regenerated since: nothing to learn by probing.
    if (!feed) {
      response.status(404).type('text/plain').send('No calendar here: the link may have been replaced by a new one.');
      return;
    }
    response.set({
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="calendar.ics"',
      // Revalidated at every fetch (a 304 costs little), so a platform never sells from a stale copy.
      'Cache-Control': 'private, no-cache',
      'X-Robots-Tag': 'noindex',
      ETag: feed.etag,
      'Last-Modified': feed.lastModified.toUTCString(),
    });
    if (notModified(request.headers, feed.etag, feed.lastModified)) {
      response.status(304).end();
      return;
    }
    response.send(feed.body);
  }
}
