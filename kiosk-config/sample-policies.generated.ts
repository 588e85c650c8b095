// GENERATED from kiosk-config/policies/*.md by buildSamplePoliciesModule (sample-policies-source.node.ts). Do not edit.
// Regenerate: npx vitest run --project unit-node kiosk-config/sample-policies.node.test.ts -u
import type { PolicyDocType } from '#sync/schema/policy-schema';

export const samplePolicies: readonly PolicyDocType[] = [
  {
    "id": "crop-insurance",
    "tags": [
      "保险",
      "种植",
      "养殖",
      "灾害"
    ],
    "category": "agriculture",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "农业保险保费补贴",
      "en": "Premium subsidy for crop and livestock insurance"
    },
    "summary": {
      "zh": "种植和养殖保险，政府补贴大部分保费，农户只交一小部分。",
      "en": "Most of the premium for crop and livestock insurance is paid by the government."
    },
    "issuer": {
      "zh": "县财政局",
      "en": "County Finance Bureau"
    },
    "body": {
      "zh": "# 农业保险保费补贴\n\n## 保什么\n\n小麦、水稻、玉米等主要作物，以及能繁母猪、奶牛等。遇到旱灾、洪涝、冰雹、病虫害造成损失的，按合同赔付。\n\n## 怎么参保\n\n村里统一组织投保，农户只交自己那一小部分保费。出险后 48 小时内告诉村委会或保险公司。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "cultivated-land-subsidy",
    "tags": [
      "补贴",
      "种地",
      "耕地",
      "惠农"
    ],
    "category": "agriculture",
    "effectiveFrom": "2026-03-01",
    "title": {
      "zh": "耕地地力保护补贴",
      "en": "Subsidy for protecting farmland quality"
    },
    "summary": {
      "zh": "承包耕地、不撂荒的农户，按面积每年领取耕地地力保护补贴。",
      "en": "Households farming their contracted land receive a yearly subsidy by area."
    },
    "issuer": {
      "zh": "县农业农村局",
      "en": "County Agriculture and Rural Affairs Bureau"
    },
    "body": {
      "zh": "# 耕地地力保护补贴\n\n## 谁能领\n\n拥有承包耕地、实际种粮或保持耕地地力的农户。撂荒地、已经改作他用的地不补。\n\n## 领多少\n\n按确权面积计算，标准以县里当年公布的为准，通过“惠民惠农财政补贴资金一卡通”发放。\n\n## 怎么办\n\n村里每年统一核实面积并公示，对面积有意见的，在公示期内向村委会提出。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "dangerous-housing-renovation",
    "tags": [
      "危房",
      "住房",
      "改造",
      "补助"
    ],
    "category": "land",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "农村危房改造",
      "en": "Renovating unsafe rural houses"
    },
    "summary": {
      "zh": "低保、特困、残疾人等困难家庭住房经鉴定为危房的，可以申请改造补助。",
      "en": "Families in hardship whose house is assessed as unsafe can apply for a renovation grant."
    },
    "issuer": {
      "zh": "县住房和城乡建设局",
      "en": "County Housing and Urban-Rural Development Bureau"
    },
    "body": {
      "zh": "# 农村危房改造\n\n1. 向村委会提出申请；\n2. 县里组织专业人员上门鉴定房屋安全等级；\n3. 鉴定为危房的，按改造方式（加固或重建）给予补助；\n4. 改造完成验收合格后拨付补助资金。\n\n改造期间没有地方住的，可以请村委会帮忙协调。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "dibao-minimum-living",
    "tags": [
      "低保",
      "救助",
      "困难"
    ],
    "category": "assistance",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "农村最低生活保障",
      "en": "Minimum living allowance for rural households"
    },
    "summary": {
      "zh": "家庭人均收入低于当地低保标准的，可以申请低保，按月领取补助。",
      "en": "Households whose income per person is below the local standard can apply for a monthly allowance."
    },
    "issuer": {
      "zh": "县民政局",
      "en": "County Civil Affairs Bureau"
    },
    "body": {
      "zh": "# 农村最低生活保障\n\n## 谁能申请\n\n户籍在本村，家庭成员人均收入低于县里公布的低保标准，家庭财产也符合规定。\n\n## 怎么申请\n\n1. 本人或家属到村委会提出申请，填写申请表；\n2. 乡镇核查家庭收入和财产，村里公示 7 天；\n3. 县民政局审批，按月把低保金打到银行卡。\n\n情况好转要主动告诉村委会。弄虚作假骗取低保的，要退回并追究责任。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "disability-two-subsidies",
    "tags": [
      "残疾",
      "补贴",
      "护理"
    ],
    "category": "assistance",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "残疾人两项补贴",
      "en": "Two allowances for people with disabilities"
    },
    "summary": {
      "zh": "困难残疾人生活补贴和重度残疾人护理补贴，按月发放。",
      "en": "A living allowance for disabled people in hardship and a care allowance for people with severe disabilities, paid monthly."
    },
    "issuer": {
      "zh": "县残疾人联合会",
      "en": "County Disabled Persons' Federation"
    },
    "body": {
      "zh": "# 残疾人两项补贴\n\n## 两项补贴\n\n- **生活补贴**：低保家庭中的残疾人；\n- **护理补贴**：一级、二级残疾人，以及三级、四级智力和精神残疾人。\n\n## 怎么申请\n\n带身份证、户口本和残疾人证到村委会申请，乡镇审核、县里审批，补贴每月打到银行卡。还没有办残疾人证的，先到县残联评定。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "drinking-water-repair",
    "tags": [
      "饮水",
      "维修",
      "停水"
    ],
    "category": "infrastructure",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农村饮水工程维修",
      "en": "Repairs to village drinking water"
    },
    "summary": {
      "zh": "村里的水管、水池、水泵坏了，由县水利部门负责维修，村民不用出钱。",
      "en": "Broken pipes, tanks and pumps of the village water supply are repaired by the county at no cost to villagers."
    },
    "issuer": {
      "zh": "县水利局",
      "en": "County Water Resources Bureau"
    },
    "body": {
      "zh": "# 农村饮水工程维修\n\n村里的水管、水池、水泵坏了，由县水利部门负责维修，村民不用出钱。\n\n1. 在本机“我要反映问题”里选“饮水”，说明在哪个小组、哪里坏了。\n2. 一般 3 个工作日内有人联系处理。\n3. 停水超过 24 小时，村委会会安排临时送水。",
      "en": "# Repairs to village drinking water\n\nBroken pipes, tanks and pumps of the village water supply are repaired by the county water\nbureau at no cost to villagers. Report it at this kiosk under \"Water\" with the group and the\nplace; someone will contact you within 3 working days. If the water is off for more than 24\nhours, the village committee arranges a temporary supply."
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "education-nutrition-meals",
    "tags": [
      "教育",
      "营养餐",
      "学生"
    ],
    "category": "education",
    "effectiveFrom": "2025-09-01",
    "title": {
      "zh": "农村学生营养餐",
      "en": "Free nutritious school meals"
    },
    "summary": {
      "zh": "农村义务教育阶段的学生在学校免费吃营养午餐。",
      "en": "Rural pupils in compulsory education get a free nutritious lunch at school."
    },
    "issuer": {
      "zh": "县教育局",
      "en": "County Education Bureau"
    },
    "body": {
      "zh": "# 农村学生营养餐\n\n- 由学校统一供餐，家长不用交钱；\n- 饭菜质量有问题，可以向学校或县教育局反映；\n- 家长可以参加学校的陪餐和监督。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "education-student-aid",
    "tags": [
      "教育",
      "助学金",
      "学生",
      "资助"
    ],
    "category": "education",
    "effectiveFrom": "2026-09-01",
    "title": {
      "zh": "家庭经济困难学生资助",
      "en": "Aid for students from families in hardship"
    },
    "summary": {
      "zh": "从学前到大学，家庭经济困难的学生可以申请助学金、免学费等资助。",
      "en": "From preschool to university, students from families in hardship can apply for grants and fee waivers."
    },
    "issuer": {
      "zh": "县教育局",
      "en": "County Education Bureau"
    },
    "body": {
      "zh": "# 家庭经济困难学生资助\n\n- **义务教育**：免学杂费、免费教科书，寄宿生有生活补助；\n- **高中和中职**：国家助学金，中职免学费；\n- **大学**：国家助学金、生源地助学贷款。\n\n开学时向学校提出申请，低保、特困、残疾等家庭的孩子优先。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "employment-migrant-training",
    "tags": [
      "就业",
      "培训",
      "技能",
      "务工"
    ],
    "category": "employment",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "农民工职业技能培训",
      "en": "Vocational training for rural workers"
    },
    "summary": {
      "zh": "免费参加电工、焊工、家政、养老护理等技能培训，合格发证书和补贴。",
      "en": "Free training as an electrician, welder, housekeeper, carer and more, with a certificate and allowance."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 农民工职业技能培训\n\n## 怎么参加\n\n- 到村委会或乡镇劳动保障所报名，写明想学的工种；\n- 培训免费，培训期间有生活补贴；\n- 考试合格发职业技能等级证书，凭证书可以申请培训补贴。\n\n常见工种：电工、焊工、厨师、家政服务、养老护理、电商运营。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "employment-public-welfare-jobs",
    "tags": [
      "就业",
      "岗位",
      "困难"
    ],
    "category": "employment",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "乡村公益性岗位",
      "en": "Public-service jobs in the village"
    },
    "summary": {
      "zh": "就业困难的村民可以申请保洁、护林、水管员等公益性岗位，按月领取补贴。",
      "en": "Villagers who find it hard to get work can apply for jobs such as cleaner, forest warden or water-system keeper, paid monthly."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 乡村公益性岗位\n\n## 有哪些岗位\n\n村庄保洁、护林员、水管员、道路养护、安全巡查等。\n\n## 谁能申请\n\n脱贫人口、低保家庭成员、残疾人等就业困难人员，能从事岗位工作。\n\n向村委会报名，乡镇审核后上岗，岗位补贴按月发放。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "employment-startup-loan",
    "tags": [
      "创业",
      "贷款",
      "贴息",
      "返乡"
    ],
    "category": "employment",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "返乡创业担保贷款",
      "en": "Guaranteed start-up loans for returning workers"
    },
    "summary": {
      "zh": "返乡创业的农民工可以申请创业担保贷款，政府给予贴息。",
      "en": "Workers who return home to start a business can apply for a guaranteed loan with interest paid by the government."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 返乡创业担保贷款\n\n1. 有创业项目，办理了营业执照；\n2. 向县人社局创业服务窗口申请，提交项目计划；\n3. 经审核、担保后由银行放款，按规定享受贴息。\n\n创业有困难，可以参加免费的创业培训。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "farm-machinery-subsidy",
    "tags": [
      "补贴",
      "农机",
      "拖拉机",
      "收割机"
    ],
    "category": "agriculture",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农机购置补贴",
      "en": "Subsidy for buying farm machinery"
    },
    "summary": {
      "zh": "购买目录内的拖拉机、收割机等农机，可以申请购置补贴。",
      "en": "Buying a listed tractor, harvester or other machine qualifies for a purchase subsidy."
    },
    "issuer": {
      "zh": "县农业农村局",
      "en": "County Agriculture and Rural Affairs Bureau"
    },
    "body": {
      "zh": "# 农机购置补贴\n\n1. 先到有资质的经销商处购买补贴目录内的机具；\n2. 用手机或到乡镇农业服务中心申请补贴，上传发票和机具照片；\n3. 核验通过后，补贴打到购机人的银行卡。\n\n同一机具不能重复申请；骗取补贴的，五年内不能再申请。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "grain-producer-subsidy",
    "tags": [
      "补贴",
      "种粮",
      "合作社",
      "土地流转"
    ],
    "category": "agriculture",
    "effectiveFrom": "2026-03-01",
    "title": {
      "zh": "种粮大户补贴",
      "en": "Subsidy for large grain growers"
    },
    "summary": {
      "zh": "流转土地规模种粮的农户和合作社，达到面积标准的可以申请补贴。",
      "en": "Households and cooperatives growing grain on larger rented areas can apply once they reach the required size."
    },
    "issuer": {
      "zh": "县农业农村局",
      "en": "County Agriculture and Rural Affairs Bureau"
    },
    "body": {
      "zh": "# 种粮大户补贴\n\n## 条件\n\n- 种植小麦、水稻、玉米等粮食作物；\n- 流转的土地签了正式合同，面积达到县里规定的标准。\n\n## 怎么申请\n\n每年春播后到乡镇农业服务中心申报，带流转合同和身份证，经实地核查后发放。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "homestead-application",
    "tags": [
      "宅基地",
      "建房",
      "土地"
    ],
    "category": "land",
    "effectiveFrom": "2025-05-01",
    "title": {
      "zh": "农村宅基地申请",
      "en": "Applying for a rural homestead plot"
    },
    "summary": {
      "zh": "符合一户一宅条件的农户，可以申请宅基地建房，先批后建。",
      "en": "Households that qualify under one-household-one-plot may apply for a homestead; approval comes before building."
    },
    "issuer": {
      "zh": "县自然资源局",
      "en": "County Natural Resources Bureau"
    },
    "body": {
      "zh": "# 农村宅基地申请\n\n## 条件\n\n本村集体经济组织成员，以户为单位，一户只能有一处宅基地，面积不能超过规定标准。\n\n## 步骤\n\n1. 向村民小组提出申请，村里讨论并公示；\n2. 乡镇审核，实地查看；\n3. 批准后放线，按批准的位置和面积建房，建好后验收。\n\n未经批准占地建房的，要拆除。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "land-acquisition-compensation",
    "tags": [
      "征地",
      "补偿",
      "安置",
      "土地"
    ],
    "category": "land",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "征地补偿安置",
      "en": "Compensation when land is requisitioned"
    },
    "summary": {
      "zh": "集体土地被依法征收的，按区片综合地价给予补偿，并安排社会保障。",
      "en": "When collective land is requisitioned, compensation is paid at the area's standard rate and social security is arranged."
    },
    "issuer": {
      "zh": "县自然资源局",
      "en": "County Natural Resources Bureau"
    },
    "body": {
      "zh": "# 征地补偿安置\n\n- 征地前会发布征收土地预公告，并听取村民意见；\n- 补偿包括土地补偿费、安置补助费、地上附着物和青苗补偿费；\n- 被征地农民纳入相应的养老保险；\n- 补偿标准和方案在村里公示，有意见可以申请听证。\n\n对补偿有异议的，可以向县自然资源局反映，也可以在本机“我要反映问题”里选“土地”。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-assistance",
    "tags": [
      "医疗救助",
      "低保",
      "特困",
      "看病"
    ],
    "category": "assistance",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "困难群众医疗救助",
      "en": "Medical assistance for families in hardship"
    },
    "summary": {
      "zh": "低保、特困等困难群众看病，医保报销后自己负担的部分再按比例救助。",
      "en": "For families in hardship, part of what remains after insurance is paid by medical assistance."
    },
    "issuer": {
      "zh": "县医疗保障局",
      "en": "County Healthcare Security Bureau"
    },
    "body": {
      "zh": "# 困难群众医疗救助\n\n低保对象、特困人员、低保边缘家庭和因病致贫的家庭：\n\n1. 在县内定点医院看病，出院时医保、大病保险、医疗救助一起结算；\n2. 自己只付剩下的一小部分；\n3. 在县外看病的，回来后带发票和出院小结到县医保局申请。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-chronic-outpatient",
    "tags": [
      "医保",
      "慢性病",
      "高血压",
      "糖尿病"
    ],
    "category": "medical",
    "effectiveFrom": "2025-03-01",
    "title": {
      "zh": "门诊慢特病待遇",
      "en": "Outpatient cover for chronic and special illnesses"
    },
    "summary": {
      "zh": "高血压、糖尿病等慢性病患者，认定后门诊买药报销比例更高。",
      "en": "Patients with chronic illnesses such as high blood pressure or diabetes get more of their outpatient medicine refunded once certified."
    },
    "issuer": {
      "zh": "县医疗保障局",
      "en": "County Healthcare Security Bureau"
    },
    "body": {
      "zh": "# 门诊慢特病待遇\n\n## 哪些病\n\n高血压、糖尿病、慢性心力衰竭、慢性阻塞性肺病、精神障碍、肿瘤放化疗等。\n\n## 怎么办\n\n1. 带身份证、医保卡和近期病历到乡镇卫生院申请认定；\n2. 认定后，在定点医疗机构看门诊、买药，按慢特病标准报销；\n3. 认定结果每年复核一次。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-family-doctor",
    "tags": [
      "医疗",
      "家庭医生",
      "体检",
      "随访"
    ],
    "category": "medical",
    "effectiveFrom": "2025-06-01",
    "title": {
      "zh": "家庭医生签约服务",
      "en": "Family doctor service"
    },
    "summary": {
      "zh": "村民可以和乡镇卫生院的家庭医生签约，享受健康随访和慢病管理。",
      "en": "Villagers can sign up with a family doctor from the township health centre for check-ups and care of chronic illness."
    },
    "issuer": {
      "zh": "县卫生健康局",
      "en": "County Health Commission"
    },
    "body": {
      "zh": "# 家庭医生签约服务\n\n## 有什么服务\n\n- 老人、孕妇、儿童、慢性病患者优先签约；\n- 每年一次健康评估，65 岁以上老人免费体检；\n- 慢性病定期随访，指导用药。\n\n## 怎么签\n\n村医上门或在村卫生室签约，带身份证即可。基本服务免费。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-insurance-2026",
    "tags": [
      "医保",
      "医疗",
      "报销",
      "缴费"
    ],
    "category": "medical",
    "effectiveFrom": "2026-01-01",
    "link": "https://ybj.example.gov.cn/zhengce/2026-01",
    "title": {
      "zh": "城乡居民基本医疗保险",
      "en": "Basic medical insurance for residents"
    },
    "summary": {
      "zh": "每年缴费一次，住院和门诊的医疗费用按比例报销。",
      "en": "Pay once a year; part of hospital and clinic costs is refunded."
    },
    "issuer": {
      "zh": "县医疗保障局",
      "en": "County Healthcare Security Bureau"
    },
    "body": {
      "zh": "# 城乡居民基本医疗保险\n\n## 缴费\n\n每年集中缴费期内，通过村委会、银行或手机缴纳下一年的医保费。错过缴费期会有待遇等待期。\n\n## 报销\n\n- **住院**：在定点医院住院，出院时直接结算，只付自己负担的部分。\n- **门诊**：在村卫生室、乡镇卫生院看病买药，也能按比例报销。\n- 县内医院报销比例高，转诊到县外要先办转诊手续。\n\n具体比例以县医保局当年公布的为准。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-remote-settlement",
    "tags": [
      "医保",
      "异地",
      "外出务工",
      "结算"
    ],
    "category": "medical",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "异地就医直接结算",
      "en": "Paying directly for treatment in another province"
    },
    "summary": {
      "zh": "外出务工人员在外地看病，备案后可以直接用医保卡结算。",
      "en": "Migrant workers who register beforehand can pay with their insurance card when treated elsewhere."
    },
    "issuer": {
      "zh": "县医疗保障局",
      "en": "County Healthcare Security Bureau"
    },
    "body": {
      "zh": "# 异地就医直接结算\n\n外出务工、随子女居住的村民，在外地看病前先办异地就医备案：\n\n1. 用手机“国家医保服务平台”或请村委会工作人员帮忙备案；\n2. 备案后在当地定点医院住院、看门诊，直接刷医保卡结算；\n3. 没有备案的，回来后带发票到县医保局报销，比例会低一些。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "medical-serious-illness",
    "tags": [
      "医保",
      "大病",
      "报销"
    ],
    "category": "medical",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "大病保险",
      "en": "Insurance for serious illness"
    },
    "summary": {
      "zh": "一年内自己负担的医疗费超过起付线后，大病保险再报销一部分。",
      "en": "After your own yearly share of medical costs passes a threshold, serious-illness insurance refunds a further part."
    },
    "issuer": {
      "zh": "县医疗保障局",
      "en": "County Healthcare Security Bureau"
    },
    "body": {
      "zh": "# 大病保险\n\n参加居民医保的村民自动参加大病保险，不用另外缴费。\n\n- 一年里，医保报销后自己还要付的钱超过起付线，超过的部分再报销一部分；\n- 困难群众的起付线更低、报销比例更高；\n- 出院结算时一起算好，不用另外跑。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "pension-age-60",
    "tags": [
      "养老",
      "养老金",
      "领取"
    ],
    "category": "pension",
    "effectiveFrom": "2025-07-01",
    "title": {
      "zh": "年满60周岁领取养老金",
      "en": "Claiming the pension at 60"
    },
    "summary": {
      "zh": "年满60周岁、累计缴费满15年的村民，可以按月领取养老金。",
      "en": "Residents aged 60 with 15 years of contributions receive a monthly pension."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 年满60周岁领取养老金\n\n## 领取条件\n\n1. 年满 60 周岁；\n2. 累计缴费满 15 年（年龄较大的村民可以补缴）；\n3. 没有领取其他基本养老保险待遇。\n\n## 怎么办\n\n满 60 周岁前三个月，带身份证、户口本和社会保障卡到村委会登记。养老金每月打到社会保障卡里。\n\n每年要做一次领取资格认证，可以在村委会用手机或本机旁的设备办理。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "pension-contribution-subsidy",
    "tags": [
      "养老",
      "社保",
      "补贴"
    ],
    "category": "pension",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "城乡居民养老保险缴费补贴",
      "en": "Contribution subsidy for the residents' pension"
    },
    "summary": {
      "zh": "按年缴费的村民，政府按缴费档次给予补贴，缴得越多补得越多。",
      "en": "The government adds a subsidy to each yearly contribution; higher levels get more."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 城乡居民养老保险缴费补贴\n\n## 谁能享受\n\n参加城乡居民基本养老保险、按年缴费的村民。\n\n## 补多少\n\n- 选的缴费档次越高，政府补贴越多，具体标准以县里当年公布的为准。\n- 补贴直接记入您本人的养老保险个人账户，不发现金。\n\n## 怎么办\n\n每年缴费时自动享受，不用另外申请。可以请村委会工作人员帮您查个人账户。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "pension-difficult-groups",
    "tags": [
      "养老",
      "低保",
      "残疾",
      "代缴"
    ],
    "category": "pension",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "困难群众养老保险代缴",
      "en": "Pension contributions paid for people in hardship"
    },
    "summary": {
      "zh": "低保对象、特困人员、重度残疾人等，由政府代缴最低档次的养老保险费。",
      "en": "For minimum-allowance recipients, people in extreme hardship and people with severe disabilities, the government pays the lowest contribution."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 困难群众养老保险代缴\n\n## 谁能享受\n\n- 低保对象、特困供养人员\n- 返贫致贫人口、重度残疾人\n\n## 怎么办\n\n村委会每年统一报名单，县里核对后直接代缴，本人不用出钱。家里情况有变化，请及时告诉村委会。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "pension-high-age-allowance",
    "tags": [
      "养老",
      "老人",
      "津贴",
      "高龄"
    ],
    "category": "pension",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "高龄老人津贴",
      "en": "Allowance for the very old"
    },
    "summary": {
      "zh": "80周岁以上的老人按月领取高龄津贴，年龄越大标准越高。",
      "en": "People aged 80 and over receive a monthly allowance that rises with age."
    },
    "issuer": {
      "zh": "县民政局",
      "en": "County Civil Affairs Bureau"
    },
    "body": {
      "zh": "# 高龄老人津贴\n\n## 谁能享受\n\n户籍在本县、年满 80 周岁的老人。\n\n## 怎么领\n\n- 本人或家属带老人身份证、户口本到村委会申请；\n- 县民政局审核后，每月发到老人的社会保障卡；\n- 老人去世后，家属要在一个月内告诉村委会，停发津贴。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "rural-land-contract",
    "tags": [
      "土地",
      "承包",
      "确权"
    ],
    "category": "land",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农村土地承包经营权",
      "en": "Rural land contracting rights"
    },
    "summary": {
      "zh": "第二轮土地承包到期后再延长30年，承包关系保持稳定。",
      "en": "Land contracts are extended by another 30 years when the second round ends; contracting relations stay stable."
    },
    "issuer": {
      "zh": "县农业农村局",
      "en": "County Agriculture and Rural Affairs Bureau"
    },
    "body": {
      "zh": "# 农村土地承包经营权\n\n- 承包地确权登记后，发给土地承包经营权证书，请妥善保管；\n- 承包期内，村集体不能随意收回、调整承包地；\n- 承包户可以依法出租、入股土地经营权，要签书面合同；\n- 家里有人去世或迁出，承包地怎么处理，请先找村委会咨询。\n\n发生纠纷的，可以找村委会调解，也可以向乡镇农村土地承包仲裁机构申请仲裁。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "rural-pension-2026",
    "tags": [
      "养老",
      "社保",
      "养老金"
    ],
    "category": "pension",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "城乡居民基本养老保险",
      "en": "Basic pension for urban and rural residents"
    },
    "summary": {
      "zh": "年满16周岁的村民可以参保，年满60周岁、缴费满15年按月领取养老金。",
      "en": "Residents aged 16 and over can join; from 60, with 15 years of contributions, the pension is paid monthly."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 城乡居民基本养老保险\n\n年满 16 周岁、不是在校学生、没有参加职工养老保险的村民，可以在户籍所在地参加。\n\n- **缴费**：每年选一个档次缴费，多缴多得。\n- **领取**：年满 60 周岁、累计缴费满 15 年，可以按月领取养老金。\n- **办理**：带身份证和户口本到村委会，由工作人员帮您办理。\n\n养老金没有按时到账，可以在本机“我要反映问题”里选“养老社保”反映。",
      "en": "# Basic pension for urban and rural residents\n\nResidents aged 16 or over who are not students and not in the employees' pension scheme can join\nwhere their household is registered. Pay once a year at a level you choose; from age 60, with at\nleast 15 years of contributions, the pension is paid monthly. Bring your ID card and household\nregister to the village committee. If a payment is late, report it at this kiosk under\n\"Pension and social security\"."
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "rural-power-grid",
    "tags": [
      "用电",
      "停电",
      "电线",
      "报修"
    ],
    "category": "infrastructure",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农村用电报修",
      "en": "Reporting power faults in the village"
    },
    "summary": {
      "zh": "停电、电线老化下垂的，拨打供电服务热线或在本机反映，供电所上门抢修。",
      "en": "For power cuts or sagging old wires, call the power service line or report it here; the power station sends repairers."
    },
    "issuer": {
      "zh": "县供电公司",
      "en": "County Power Supply Company"
    },
    "body": {
      "zh": "# 农村用电报修\n\n1. 家里停电先看看是不是自家的开关跳闸；\n2. 整个小组都停电，或者看到电线掉落、电杆倾斜，不要靠近，马上报修；\n3. 报修后供电所会安排人员上门，抢修不收费。\n\n供电服务热线：95598。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "rural-road-maintenance",
    "tags": [
      "道路",
      "修路",
      "公路"
    ],
    "category": "infrastructure",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农村公路管护",
      "en": "Upkeep of rural roads"
    },
    "summary": {
      "zh": "通村、通组公路有坑洼、塌方的，县交通部门负责养护维修。",
      "en": "Potholes and collapses on village roads are repaired by the county transport bureau."
    },
    "issuer": {
      "zh": "县交通运输局",
      "en": "County Transport Bureau"
    },
    "body": {
      "zh": "# 农村公路管护\n\n- 县道、乡道由县交通运输局养护，村道由乡镇和村委会管护；\n- 发现路面塌陷、坑洼、桥梁损坏，请在本机“我要反映问题”里选“道路交通”；\n- 危险路段会先设置警示标志，尽快维修。\n\n请不要在公路上晒粮、堆放杂物。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "tekun-extreme-hardship",
    "tags": [
      "特困",
      "五保",
      "救助",
      "供养"
    ],
    "category": "assistance",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "特困人员救助供养",
      "en": "Support for people in extreme hardship"
    },
    "summary": {
      "zh": "无劳动能力、无生活来源、无人赡养的老人、残疾人和未成年人，由政府供养。",
      "en": "Older people, disabled people and minors with no ability to work, no income and nobody to support them are provided for by the government."
    },
    "issuer": {
      "zh": "县民政局",
      "en": "County Civil Affairs Bureau"
    },
    "body": {
      "zh": "# 特困人员救助供养\n\n## 可以选择\n\n- **分散供养**：在家里住，每月领取基本生活费和照料护理费；\n- **集中供养**：住进乡镇敬老院，吃住和照料都由敬老院负责。\n\n## 怎么办\n\n向村委会提出申请，乡镇审核、县民政局审批。生病住院的医疗费，医保报销后剩下的部分由医疗救助解决。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "temporary-assistance",
    "tags": [
      "临时救助",
      "救助",
      "火灾",
      "重病"
    ],
    "category": "assistance",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "临时救助",
      "en": "Emergency one-off assistance"
    },
    "summary": {
      "zh": "因火灾、车祸、突发重病等一时生活困难的家庭，可以申请临时救助。",
      "en": "Households suddenly in need after a fire, an accident or a serious illness can apply for one-off help."
    },
    "issuer": {
      "zh": "县民政局",
      "en": "County Civil Affairs Bureau"
    },
    "body": {
      "zh": "# 临时救助\n\n遇到急事难事，生活一时过不下去的，可以申请临时救助：\n\n- 家里失火、遭灾，或者家人遭遇车祸、突发重病；\n- 向村委会或乡镇政府提出申请，情况紧急的可以先救助后补手续；\n- 救助金额根据困难程度确定，一般一次性发放。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "toilet-renovation",
    "tags": [
      "厕所",
      "卫生",
      "改厕",
      "奖补"
    ],
    "category": "infrastructure",
    "effectiveFrom": "2026-01-01",
    "title": {
      "zh": "农村户厕改造",
      "en": "Household toilet upgrade"
    },
    "summary": {
      "zh": "改造旱厕为卫生厕所的农户，验收合格后给予奖补。",
      "en": "Households replacing a dry latrine with a sanitary toilet receive a grant after inspection."
    },
    "issuer": {
      "zh": "县农业农村局",
      "en": "County Agriculture and Rural Affairs Bureau"
    },
    "body": {
      "zh": "# 农村户厕改造\n\n- 村里统一报名，选择适合本地的改厕方式；\n- 按要求施工，乡镇组织验收；\n- 验收合格后给予奖补，已经改好的厕所出了问题可以报修。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "veterans-preferential",
    "tags": [
      "退役军人",
      "优抚",
      "补助"
    ],
    "category": "assistance",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "退役军人优待抚恤",
      "en": "Benefits for veterans"
    },
    "summary": {
      "zh": "符合条件的退役军人和烈士家属，按规定领取抚恤补助，享受优待。",
      "en": "Eligible veterans and martyrs' families receive allowances and preferential treatment."
    },
    "issuer": {
      "zh": "县退役军人事务局",
      "en": "County Veterans Affairs Bureau"
    },
    "body": {
      "zh": "# 退役军人优待抚恤\n\n- 带身份证、退伍证到村退役军人服务站登记；\n- 按规定领取定期抚恤补助；\n- 看病、子女上学、就业创业有相应优待。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "wage-arrears",
    "tags": [
      "工资",
      "欠薪",
      "维权",
      "务工"
    ],
    "category": "employment",
    "effectiveFrom": "2025-01-01",
    "title": {
      "zh": "农民工工资拖欠维权",
      "en": "Getting unpaid wages paid"
    },
    "summary": {
      "zh": "被拖欠工资的，可以向县劳动保障监察大队投诉，也可以在本机反映。",
      "en": "Workers owed wages can complain to the county labour inspectorate or report it at this kiosk."
    },
    "issuer": {
      "zh": "县人力资源和社会保障局",
      "en": "County Human Resources and Social Security Bureau"
    },
    "body": {
      "zh": "# 农民工工资拖欠维权\n\n- 保留好劳动合同、考勤记录、工资条、聊天记录等证据；\n- 向县劳动保障监察大队投诉，或拨打 12333；\n- 在本机“我要反映问题”里选“拖欠工资”，写明在哪里干活、欠了多少；\n- 需要打官司的，可以申请法律援助，不收费。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  },
  {
    "id": "winter-heating-subsidy-2025",
    "tags": [
      "取暖",
      "补贴",
      "冬季"
    ],
    "category": "assistance",
    "effectiveFrom": "2025-11-01",
    "effectiveUntil": "2026-03-31",
    "title": {
      "zh": "2025年冬季取暖补贴",
      "en": "Winter heating subsidy 2025"
    },
    "summary": {
      "zh": "困难家庭2025年冬季取暖补贴，已经发放完毕。",
      "en": "The 2025 winter heating subsidy for families in hardship has been paid out."
    },
    "issuer": {
      "zh": "县民政局",
      "en": "County Civil Affairs Bureau"
    },
    "body": {
      "zh": "# 2025年冬季取暖补贴\n\n2025 年冬季取暖补贴已于 2026 年 1 月发放完毕。"
    },
    "type": "policy",
    "updatedAt": "2026-11-01T00:00:00.000Z"
  }
];
