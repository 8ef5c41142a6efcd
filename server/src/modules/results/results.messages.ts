import type { ModuleMessages } from '../../i18n/messages.ts';

export const resultsMessages: ModuleMessages = {
  'zh-CN': {
    'results.quarter_required': '季度简报须指定季度（quarter：1–4）。',
    'results.quarter_not_allowed': '只有季度简报可以指定季度（quarter）。',
    'results.member_required': '成员年度报告须指定成员方（memberCode）。',
    'results.member_not_allowed': '只有成员年度报告可以指定成员方（memberCode）。',
    'results.unknown_member': '成员方“{code}”不存在。',
    'results.no_edition': '请先保存前言与展望，再发布报告。',
  },
  en: {
    'results.quarter_required': 'A quarterly bulletin needs its quarter (quarter: 1–4).',
    'results.quarter_not_allowed': 'Only a quarterly bulletin takes a quarter.',
    'results.member_required': "A member's report needs its member (memberCode).",
    'results.member_not_allowed': "Only a member's report takes a member (memberCode).",
    'results.unknown_member': 'The member "{code}" does not exist.',
    'results.no_edition': 'Save the foreword and outlook before publishing the report.',
  },
};
