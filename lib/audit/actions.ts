// The one list of audit actions (docs/decisions/0015-audit-trail.md): `<entity>.<verb>`, lower
// case with underscores, each with its zh/en label for the viewer and the export. recordAudit
// takes only these, so a new kind of event is added here first.

export const AUDIT_ACTIONS = {
  "auth.sign_in": { zh: "登录", en: "Signed in" },
  "auth.sign_in_failed": { zh: "登录失败", en: "Sign-in failed" },
  "user.create": { zh: "创建账号", en: "Create account" },
  "user.create_first_admin": { zh: "创建首个管理员", en: "Create first administrator" },
  "user.update": { zh: "修改账号", en: "Update account" },
  "user.disable": { zh: "停用账号", en: "Disable account" },
  "user.enable": { zh: "启用账号", en: "Enable account" },
  "user.reset_password": { zh: "重置密码", en: "Reset password" },
  "user.change_password": { zh: "修改密码", en: "Change password" },
  "policy.create": { zh: "新建隔离政策版本", en: "Create policy version" },
  "county.create": { zh: "新增县（市）", en: "Add county" },
  "county.update": { zh: "修改县（市）", en: "Update county" },
  "county.activate": { zh: "启用县（市）", en: "Reactivate county" },
  "county.deactivate": { zh: "停用县（市）", en: "Deactivate county" },
  "prefecture.update": { zh: "修改州（市）", en: "Update prefecture" },
  "case.register": { zh: "登记病例", en: "Register case" },
  "case.update": { zh: "修改病例", en: "Update case" },
  "case.merge": { zh: "合并病例", en: "Merge case" },
  "case_track.add": { zh: "添加行程轨迹", en: "Add track entry" },
  "case_track.update": { zh: "修改行程轨迹", en: "Update track entry" },
  "case_track.remove": { zh: "删除行程轨迹", en: "Remove track entry" },
  "contact.register": { zh: "登记接触者", en: "Register contact" },
  "contact.update": { zh: "修改接触者", en: "Update contact" },
  "contact.merge": { zh: "合并接触者", en: "Merge contact" },
  "contact.absorb_exposure": { zh: "并入再次暴露", en: "Absorb exposure" },
  "contact.record_reexposure": { zh: "登记再次暴露", en: "Record re-exposure" },
  "contact.extend_phase": { zh: "延长管控阶段", en: "Extend phase" },
  "contact.release": { zh: "解除管控", en: "Release" },
  "contact.reclassify": { zh: "重新判定（提前结束）", en: "Reclassify (end early)" },
  "contact.assign_site": { zh: "分配隔离点", en: "Assign isolation site" },
  "contact.assign_staff": { zh: "指派负责人员", en: "Assign staff member" },
  "case.assign_staff": { zh: "指派病例负责人员", en: "Assign staff member to case" },
  "contact.transfer_home": { zh: "转居家健康监测", en: "Transfer to home monitoring" },
  "contact.upgrade": { zh: "升级为密切接触者", en: "Upgrade to close contact" },
  "contact.escalate_to_case": { zh: "阳性转为病例", en: "Escalate to case" },
  "person.merge": { zh: "合并人员记录", en: "Merge person records" },
  "test_result.record": { zh: "录入核酸结果", en: "Record test result" },
  "health_check.record": { zh: "录入健康监测", en: "Record health check" },
  "site.create": { zh: "新建隔离点", en: "Create isolation site" },
  "site.update": { zh: "修改隔离点", en: "Update isolation site" },
  "transfer.request": { zh: "发起转出", en: "Request transfer" },
  "transfer.accept": { zh: "接收转入", en: "Accept transfer" },
  "transfer.decline": { zh: "拒绝转入", en: "Decline transfer" },
  "transfer.cancel": { zh: "撤回转出", en: "Cancel transfer" },
  "assist.request": { zh: "发起协查", en: "Request assist" },
  "assist.answer": { zh: "答复协查", en: "Answer assist" },
  "data.export": { zh: "导出名单", en: "Export list" },
  "screening.import": { zh: "导入排查名单", en: "Import screening list" },
  "screening.create": { zh: "新增排查对象", en: "Add screening item" },
  "screening.attempt": { zh: "记录联系尝试", en: "Record contact attempt" },
  "screening.resolve": { zh: "完成排查核实", en: "Resolve screening item" },
  "screening.forward": { zh: "转交他县排查", en: "Forward to another county" },
  "notice.given": { zh: "送达告知书", en: "Notice given" },
  "import.stage": { zh: "上传导入表格", en: "Upload import file" },
  "import.commit": { zh: "提交表格导入", en: "Commit import" },
  "import.confirm_positive": { zh: "确认导入的阳性结果", en: "Confirm imported positive" },
  "bulletin.create": { zh: "生成信息发布草稿", en: "Draft bulletin" },
  "bulletin.edit": { zh: "修改信息发布草稿", en: "Edit bulletin" },
  "bulletin.review": { zh: "审核信息发布", en: "Review bulletin" },
  "bulletin.publish": { zh: "发布信息", en: "Publish bulletin" },
  "bulletin.correct": { zh: "更正已发布信息", en: "Correct bulletin" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

/**
 * Names written before the list existed. Stored rows keep them (the trail is never rewritten,
 * not even by a migration); reads map them to the current name.
 */
export const LEGACY_ACTIONS: Readonly<Record<string, AuditAction>> = {
  "auth.signed_in": "auth.sign_in",
  "user.created_first_admin": "user.create_first_admin",
  "case.create": "case.register",
  "case.track.add": "case_track.add",
  "case.track.update": "case_track.update",
  "case.track.remove": "case_track.remove",
  "contact.create": "contact.register",
  "contact.reexposure": "contact.record_reexposure",
  "contact.extendPhase": "contact.extend_phase",
  "contact.assignSite": "contact.assign_site",
  "contact.transferHome": "contact.transfer_home",
  "contact.becameCase": "contact.escalate_to_case",
  "testResult.create": "test_result.record",
  "healthCheck.create": "health_check.record",
};

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The current name of a stored action (itself, or what a legacy name became); null if unknown. */
export function currentAction(stored: string): AuditAction | null {
  return isAuditAction(stored) ? stored : (LEGACY_ACTIONS[stored] ?? null);
}

/** Every stored name of an action: itself and its legacy names (for filters and read-backs). */
export function storedNames(action: AuditAction): string[] {
  return [action, ...Object.entries(LEGACY_ACTIONS).filter(([, now]) => now === action).map(([old]) => old)];
}

/** The action's label in the locale; an unknown stored name shows as it is. */
export function actionLabel(stored: string, locale: string): string {
  const now = currentAction(stored);
  if (!now) return stored;
  return locale === "en" ? AUDIT_ACTIONS[now].en : AUDIT_ACTIONS[now].zh;
}

/** The kinds of record an audit event names (its `entity`), for the viewer's filter. */
export const AUDIT_ENTITIES = [
  "User",
  "Jurisdiction",
  "PolicyVersion",
  "Case",
  "CaseTrackEntry",
  "Contact",
  "Person",
  "TestResult",
  "HealthCheck",
  "IsolationSite",
  "TransferRequest",
  "AssistRequest",
  "ScreeningItem",
  "ImportBatch",
  "Bulletin",
  "Export",
] as const;
