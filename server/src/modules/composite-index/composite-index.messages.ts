import type { ModuleMessages } from '../../i18n/messages.ts';

export const compositeIndexMessages: ModuleMessages = {
  'zh-CN': {
    'composite_index.not_found': '找不到指数方法“{code}”。',
    'composite_index.version_not_found': '指数方法“{code}”没有第 {version} 版。',
    'composite_index.no_published_version': '指数方法“{code}”尚无已发布的版本。',
    'composite_index.not_published': '第 {version} 版尚未发布，没有计算结果。',
    'composite_index.already_published': '第 {version} 版已经发布，发布后不可更改；如需调整，请新建版本。',
    'composite_index.name_required': '字段“{field}”为必填项：首个版本同时创建该指数方法，需要方法名称。',
    'composite_index.invalid_spec': '指数方法的规格有 {count} 处不符合要求，请按字段提示修改。',
    'composite_index.weight_positive': '字段“{field}”的权重必须大于 0。',
    'composite_index.dimension_duplicate': '字段“{field}”：维度代码“{code}”重复，每个维度代码只能出现一次。',
    'composite_index.indicator_duplicate': '字段“{field}”：指标“{code}”重复，每个指标在方法中只能出现一次。',
    'composite_index.unknown_indicator': '字段“{field}”：指标“{code}”不存在。',
    'composite_index.city_indicator': '字段“{field}”：指标“{code}”是城市级指标，指数只计算全区域和各成员，不能使用。',
    'composite_index.region_indicator_minmax': '字段“{field}”：指标“{code}”只有全区域数值，无法在各统计范围间做极差标准化；请改用目标值标准化。',
  },
  en: {
    'composite_index.not_found': 'There is no index method "{code}".',
    'composite_index.version_not_found': 'Index method "{code}" has no version {version}.',
    'composite_index.no_published_version': 'Index method "{code}" has no published version yet.',
    'composite_index.not_published': 'Version {version} is not published, so it has no computed values.',
    'composite_index.already_published': 'Version {version} is already published and cannot change; create a new version instead.',
    'composite_index.name_required': 'Field "{field}" is required: the first version also creates the index method, which needs a name.',
    'composite_index.invalid_spec': 'The method spec breaks {count} rule(s); see the fields.',
    'composite_index.weight_positive': 'Field "{field}": the weight must be greater than 0.',
    'composite_index.dimension_duplicate': 'Field "{field}": dimension code "{code}" appears more than once.',
    'composite_index.indicator_duplicate': 'Field "{field}": indicator "{code}" appears more than once in the method.',
    'composite_index.unknown_indicator': 'Field "{field}": there is no indicator "{code}".',
    'composite_index.city_indicator': 'Field "{field}": indicator "{code}" is city-level; the index is computed for the region and the members only.',
    'composite_index.region_indicator_minmax': 'Field "{field}": indicator "{code}" has values for the region only, so it has no range across scopes to normalise against; use target normalisation.',
  },
};
