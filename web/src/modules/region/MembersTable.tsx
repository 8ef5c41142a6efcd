import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api/types.ts';

interface Props {
  members: readonly Member[];
  colors: ReadonlyMap<string, string>;
  selectedCode: string | null;
  onSelect: (code: string | null) => void;
}

/** The members (province level). Clicking a row filters the map and the city table to its cities. */
export function MembersTable({ members, colors, selectedCode, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Member>
      data-testid="members-table"
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...members]}
      onRow={(member) => ({
        onClick: () => onSelect(member.code === selectedCode ? null : member.code),
        style: { cursor: 'pointer' },
      })}
      rowClassName={(member) => (member.code === selectedCode ? 'ant-table-row-selected' : '')}
      columns={[
        {
          key: 'swatch',
          width: 28,
          render: (_, member) => (
            <span
              aria-hidden="true"
              style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: colors.get(member.code) }}
            />
          ),
        },
        { title: t('region.code'), dataIndex: 'code', width: 90 },
        { title: t('region.nameZh'), dataIndex: 'nameZh' },
        { title: t('region.nameEn'), dataIndex: 'nameEn' },
        {
          title: t('region.kind'),
          dataIndex: 'kind',
          render: (kind: Member['kind']) => <Tag>{t(`region.kinds.${kind}`)}</Tag>,
        },
        { title: t('region.shortName'), key: 'short', render: (_, member) => `${member.shortZh} / ${member.shortEn}` },
        { title: t('region.cityCount'), dataIndex: 'cityCount', align: 'right', width: 110 },
      ]}
    />
  );
}
