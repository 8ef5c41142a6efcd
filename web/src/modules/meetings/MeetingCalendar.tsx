/**
 * Meetings on a month calendar: each meeting on every day it spans, by the
 * region's calendar (a meeting at 01:00 in Shanghai is on that Shanghai day,
 * wherever the browser is). The year shown is read at once, every page of it; the year view
 * counts meetings per month.
 */
import { Badge, Calendar, Flex, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { Meeting, MeetingType } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { wallTimeToIso } from '../../shell/format.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { useReference } from '../region/reference.ts';
import { daysOf, formatRange } from './labels.ts';
import { textOf } from '../../shell/format.ts';
import { tierColour } from './MeetingTags.tsx';
import { meetingsApi } from './meetingsApi.ts';

const PER_CELL = 3;

export function MeetingCalendar({ type, initial }: { type?: MeetingType; initial?: Dayjs }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timeZone } = useReference();
  const [shown, setShown] = useState<Dayjs>(initial ?? dayjs());
  // antd's calendar header has unnamed year/month selects and mode switch: name them for screen readers (axe "label").
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const header = box.current?.querySelector('.ant-picker-calendar-header');
    if (!header) return;
    const names = [t('meetings.calendar.yearLabel'), t('meetings.calendar.monthLabel')];
    header.querySelectorAll('.ant-select input').forEach((input, i) => input.setAttribute('aria-label', names[i] ?? names[0]!));
    header.querySelector('.ant-radio-group')?.setAttribute('aria-label', t('meetings.calendar.modeLabel'));
  });
  const year = shown.year();
  const meetings = useApi(
    (signal) =>
      // Every page of the year: a busy year must not lose its last meetings.
      meetingsApi.all(
        { type, from: wallTimeToIso(`${year}-01-01T00:00:00`, timeZone), to: wallTimeToIso(`${year + 1}-01-01T00:00:00`, timeZone) },
        signal,
      ),
    `calendar:${year}:${type ?? ''}:${timeZone}`,
  );

  /** Region day "2024-06-05" → the meetings on it, in start order. */
  const byDay = useMemo(() => {
    const map = new Map<string, Meeting[]>();
    for (const meeting of meetings.data ?? []) {
      for (const day of daysOf(meeting, timeZone)) map.set(day, [...(map.get(day) ?? []), meeting]);
    }
    return map;
  }, [meetings.data, timeZone]);

  const dateCell = (date: Dayjs) => {
    const day = date.format('YYYY-MM-DD');
    const items = byDay.get(day) ?? [];
    if (items.length === 0) return null;
    return (
      <Flex vertical gap={2} data-testid={`calendar-day-${day}`}>
        {items.slice(0, PER_CELL).map((m) => (
          <Tooltip key={m.id} title={`${formatRange(m.startsAt, m.endsAt, timeZone, m.timeOfDayKnown)} · ${textOf(m.titleZh, m.titleEn, locale)}`}>
            <Link to={`/meetings/${m.id}`} data-testid={`calendar-meeting-${m.id}`} style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: 12 }}>
              <Badge color={tierColour(m.tier)} style={{ marginInlineEnd: 4 }} />
              {textOf(m.titleZh, m.titleEn, locale)}
            </Link>
          </Tooltip>
        ))}
        {items.length > PER_CELL && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('meetings.calendar.more', { count: items.length - PER_CELL })}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  const monthCell = (date: Dayjs) => {
    const month = date.format('YYYY-MM');
    const count = (meetings.data ?? []).filter((m) => daysOf(m, timeZone)[0]!.startsWith(month)).length;
    return count > 0 ? <Typography.Text>{t('meetings.calendar.monthCount', { count })}</Typography.Text> : null;
  };

  return (
    <div data-testid="meetings-calendar" ref={box}>
      <Typography.Paragraph type="secondary">{t('meetings.calendar.hint', { timeZone })}</Typography.Paragraph>
      <ErrorAlert error={meetings.error} />
      <Calendar
        value={shown}
        onChange={setShown}
        onPanelChange={(date) => setShown(date)}
        cellRender={(date, info) => (info.type === 'date' ? dateCell(date) : info.type === 'month' ? monthCell(date) : info.originNode)}
      />
    </div>
  );
}
