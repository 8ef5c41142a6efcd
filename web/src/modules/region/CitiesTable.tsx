import { Table } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { City, Member } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { memberName } from './labels.ts';

interface Props {
  cities: readonly City[];
  memberByCode: ReadonlyMap<string, Member>;
  selectedCode: string | null;
  onSelect: (code: string | null) => void;
  height: number;
}

/** The cities with code and both names: names repeat (two Suzhou, two Taizhou), codes do not. */
export function CitiesTable({ cities, memberByCode, selectedCode, onSelect, height }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const wrapper = useRef<HTMLDivElement>(null);

  // A city picked on the map scrolls into view in the table.
  useEffect(() => {
    if (!selectedCode) return;
    wrapper.current?.querySelector(`[data-row-key="${selectedCode}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedCode]);

  return (
    <div ref={wrapper}>
      <Table<City>
        data-testid="cities-table"
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ y: height }}
        dataSource={[...cities]}
        onRow={(city) => ({
          onClick: () => onSelect(city.code === selectedCode ? null : city.code),
          style: { cursor: 'pointer' },
        })}
        rowClassName={(city) => (city.code === selectedCode ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('region.code'), dataIndex: 'code', width: 84 },
          { title: t('region.nameZh'), dataIndex: 'nameZh' },
          { title: t('region.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('region.member'),
            dataIndex: 'memberCode',
            render: (code: string) => {
              const member = memberByCode.get(code);
              return member ? memberName(member, locale) : code;
            },
          },
        ]}
      />
    </div>
  );
}
