import type { ModuleMessages } from '../../i18n/messages.ts';

/** Messages of the observation template and import (observations.import.ts). */
export const observationsImportMessages: ModuleMessages = {
  'zh-CN': {
    'observations.import.invalid_rows': '文件中有 {count} 处错误（共 {total} 行），未导入任何数据：{first}',
    'observations.import.no_sheet': '文件中找不到含“indicatorCode”等列标题的工作表（请使用下载的模板）。',
    'observations.import.missing_column': '文件缺少列“{column}”（请使用下载的模板）。',
    'observations.import.too_many_rows': '一次最多导入 {max} 行，文件有 {rows} 行。',
    'observations.import.empty': '文件中没有数据行。',
    'observations.import.not_found': '找不到该导入（或无权查看）。',
    'observations.import.failed': '后台导入意外失败，未导入任何数据；请重试。',
    'observations.import.required': '{field}：必填。',
    'observations.import.not_a_number': '{field}：“{value}”不是数值。',
    'observations.import.unknown_scope': '{field}：找不到名为或代码为“{value}”的成员或城市。',
    'observations.import.ambiguous_name': '{field}：名称“{value}”对应多个地区（{codes}），请填写代码。',
    'observations.import.unknown_indicator_param': '参数“codes”：指标代码“{code}”不存在。',
  },
  en: {
    'observations.import.invalid_rows': 'The file has {count} error(s) in {total} rows; nothing was imported: {first}',
    'observations.import.no_sheet': 'No sheet with the column headers (indicatorCode, …) was found (use the downloaded template).',
    'observations.import.missing_column': 'The file lacks the column "{column}" (use the downloaded template).',
    'observations.import.too_many_rows': 'One import takes at most {max} rows; the file has {rows}.',
    'observations.import.empty': 'The file has no data rows.',
    'observations.import.not_found': 'No such import (or not yours to see).',
    'observations.import.failed': 'The background import failed unexpectedly; nothing was imported. Try again.',
    'observations.import.required': '{field}: required.',
    'observations.import.not_a_number': '{field}: "{value}" is not a number.',
    'observations.import.unknown_scope': '{field}: no member or city is named or coded "{value}".',
    'observations.import.ambiguous_name': '{field}: the name "{value}" matches several places ({codes}); enter the code.',
    'observations.import.unknown_indicator_param': 'Parameter "codes": there is no indicator "{code}".',
  },
};
