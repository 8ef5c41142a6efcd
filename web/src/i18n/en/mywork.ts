import type { Messages } from '../messages.ts';
import type { mywork as zhCN } from '../zh-CN/mywork.ts';

/** The "My work" page. */
export const mywork: Messages<typeof zhCN> = {
  mywork: {
    title: 'My work',
    description: 'Today is {{today}}; current periods: monthly {{monthly}}, quarterly {{quarterly}}. Totals as of {{asOf}}.',
    task: 'Task',
    sharesTitle: 'Open shares of my member (by due date)',
    noShares: 'No open shares',
    byStatus: 'Open shares by status:',
    thisPeriod: 'Report this period',
    reportDue: 'Report due for {{period}}',
    returnedTitle: 'Returned reports to revise',
    noReturned: 'No returned reports',
    returnComment: 'Comment',
    returnedAt: 'Returned',
    reviewsTitle: 'Reports awaiting review',
    noReviews: 'No reports awaiting review',
    review: 'Review',
    flagsTitle: 'Flags on my member',
    redFlagsTitle: 'Red flags',
    noFlags: 'No open flags',
    observerNote: 'Observers read every plan, task and report; the figures above cover the whole region.',
    counts: {
      openShares: 'Open shares',
      reportsDue: 'Reports due',
      overdueShares: 'Overdue shares',
      returnedReports: 'Reports to revise',
      awaitingReview: 'Awaiting review',
      openFlags: 'Open flags',
      redFlags: 'Red flags',
    },
  },
};
