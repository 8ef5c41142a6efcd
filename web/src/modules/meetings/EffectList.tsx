/**
 * What a decision produced, effect by effect, with links to the records:
 * the plan it adopted, the agreement it approved, the matter it resolved, the
 * host it fixed, the tasks it created.
 */
import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DecisionEffect, DecisionEffectKind, DecisionTask } from '../../api/types.ts';
import { useMeetingNames } from './names.ts';

const KIND_COLOURS: Record<DecisionEffectKind, string> = {
  adopt_plan: 'blue',
  approve_agreement: 'purple',
  resolve_matter: 'green',
  fix_next_host: 'gold',
  create_tasks: 'geekblue',
};

export interface EffectNames {
  plan?: (id: string) => string | undefined;
  agreement?: (id: string) => string | undefined;
  matter?: (id: string) => string | undefined;
}

export function EffectKindTag({ kind }: { kind: DecisionEffectKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOURS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`meetings.effect.kind.${kind}`)}
    </Tag>
  );
}

export function EffectList({ effects, names = {}, tasks = [] }: { effects: DecisionEffect[]; names?: EffectNames; tasks?: DecisionTask[] }) {
  const { t } = useTranslation();
  const { member } = useMeetingNames();
  if (effects.length === 0) return <Typography.Text type="secondary">{t('meetings.decisions.noEffects')}</Typography.Text>;
  const taskById = new Map(tasks.map((task) => [task.id, task]));

  const target = (effect: DecisionEffect) => {
    switch (effect.kind) {
      case 'adopt_plan':
        return effect.planId && <Link to={`/plans/${effect.planId}`}>{names.plan?.(effect.planId) ?? t('meetings.effect.plan')}</Link>;
      case 'approve_agreement':
        return effect.agreementId && <Link to={`/agreements/${effect.agreementId}`}>{names.agreement?.(effect.agreementId) ?? t('meetings.effect.agreement')}</Link>;
      case 'resolve_matter':
        return effect.matterId && <Link to={`/matters/${effect.matterId}`}>{names.matter?.(effect.matterId) ?? t('meetings.effect.matter')}</Link>;
      case 'fix_next_host':
        return t('meetings.effect.host', { year: effect.hostYear, member: member(effect.hostMemberCode) });
      case 'create_tasks':
        return (
          <Space size={[4, 4]} wrap>
            {effect.planId && <Link to={`/plans/${effect.planId}`}>{names.plan?.(effect.planId) ?? t('meetings.effect.plan')}</Link>}
            <span>{t('meetings.effect.tasks', { count: effect.taskIds.length })}</span>
            {effect.taskIds.map((id) => (
              <Link key={id} to={`/tasks/${id}`}>
                <Tag style={{ cursor: 'pointer', marginInlineEnd: 0 }}>{taskById.get(id)?.code ?? id.slice(0, 8)}</Tag>
              </Link>
            ))}
          </Space>
        );
    }
  };

  return (
    <Flex vertical gap={4} data-testid="decision-effects">
      {effects.map((effect, i) => (
        <Flex key={i} gap={8} align="baseline" wrap data-testid={`decision-effect-${effect.kind}`}>
          <EffectKindTag kind={effect.kind} />
          {target(effect)}
        </Flex>
      ))}
    </Flex>
  );
}
