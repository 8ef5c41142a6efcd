import { Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale.ts';
import type { Project, ProjectPhase } from './projectsApi.ts';

const PHASE_COLOR: Record<ProjectPhase, string> = { planning: 'default', approved: 'blue', under_construction: 'gold', in_operation: 'green' };

export function PhaseTag({ phase }: { phase: ProjectPhase }) {
  const { t } = useTranslation();
  return <Tag color={PHASE_COLOR[phase]} data-testid={`project-phase-${phase}`}>{t(`projects.phase.${phase}`)}</Tag>;
}

/** The rolled-up progress with the rule (and its numbers) that made it. */
export function ProgressWithRule({ progress, showRule = false }: { progress: Project['progress']; showRule?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rule = locale === 'en' ? progress.ruleEn : progress.ruleZh;
  if (progress.percent === null) return <span title={rule}>{t('projects.noProgress')}</span>;
  const bar = <Progress percent={progress.percent} size="small" aria-label={t('projects.fields.progress')} style={{ minWidth: 120, margin: 0 }} />;
  return showRule ? (
    <div>
      {bar}
      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }} data-testid="project-progress-rule">{t('projects.progressRule')}: {rule}</div>
    </div>
  ) : <Tooltip title={rule}>{bar}</Tooltip>;
}

/** "400 亿元 CNY" / "400 × 100 million CNY". */
export function formatInvestment(amount: number | null, unit: Project['unit'], currency: Project['currency'], t: (k: string) => string, locale: string): string {
  if (amount === null) return '—';
  const n = amount.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN');
  return locale === 'en' ? `${currency} ${n} × ${t(`projects.unit.${unit}`)}` : `${n} ${t(`projects.unit.${unit}`)}（${currency}）`;
}
