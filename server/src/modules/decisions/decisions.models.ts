/**
 * When a decision counts as implemented, from the records alone. Its effects
 * (adopt a plan, approve an agreement, resolve a matter, fix the next host,
 * create tasks) are applied in the transaction that records it; what remains
 * open afterwards is the work it created. A decision with no recorded effect
 * has nothing the platform can trace, so it never counts as implemented.
 */
export const IMPLEMENTED_RULE = {
  zh: '决定“已落实”：该决定至少登记了一项效力（通过规划、批准协议、解决事项、确定下届东道方或生成任务，均在登记决定时同步生效），且其生成的全部任务均已完成。未登记任何效力的决定无从追踪，不计为已落实。',
  en: 'A decision counts as implemented when at least one effect was recorded with it (adopting a plan, approving an agreement, resolving a matter, fixing the next host or creating tasks — each applied when the decision is recorded) and every task it created is completed. A decision without any recorded effect cannot be traced and is not counted as implemented.',
};
