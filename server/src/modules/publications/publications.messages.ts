import type { ModuleMessages } from '../../i18n/messages.ts';

export const publicationsMessages: ModuleMessages = {
  'zh-CN': {
    'publications.not_found': '找不到该发布事项。',
    'publications.unknown_kind': '“{kind}”类记录暂不能发布。',
    'publications.record_not_found': '找不到要发布的{kind}记录。',
    'publications.already_proposed': '该记录已有未撤回的发布事项。',
    'publications.not_draft': '公开级别只能在草稿中修改（当前为“{state}”）。',
    'publications.internal': '内部级别的记录不能审定或发布，请先改为政府间或公开。',
    'publications.illegal_transition': '发布事项不能从“{from}”变为“{to}”。允许的下一步：{allowed}。',
  },
  en: {
    'publications.not_found': 'The publication was not found.',
    'publications.unknown_kind': 'Records of kind "{kind}" cannot be published yet.',
    'publications.record_not_found': 'The {kind} record to publish was not found.',
    'publications.already_proposed': 'This record already has a publication that is not withdrawn.',
    'publications.not_draft': 'The disclosure level can be changed only in a draft (this one is "{state}").',
    'publications.internal': 'An internal record cannot be approved or published; set it to inter-government or public first.',
    'publications.illegal_transition': 'A publication cannot go from "{from}" to "{to}". Allowed next steps: {allowed}.',
  },
};
