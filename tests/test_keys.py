"""The canonical key table: its form, the renames and distinctions it encodes, phrases that
must get no key, and old user tables that still load."""

from __future__ import annotations

import csv
import marshal
import sys
from importlib import resources

import pytest

from ningbo_indicators import extract
from ningbo_indicators.dataset.keys import (
    COLUMNS,
    KEY_CLASSES,
    KeyTableError,
    classes_by_key,
    clean_phrase,
    default_keys,
    key_classes,
    key_for,
    parse_table,
    unique_keys,
)

# (indicator phrase, kind, base unit, expected key)
KEY_CASES = [
    # what is handled fully online is the full-online rate (三亚 2014; round 23)
    ("实现全流程网上审批的审批事项", "ratio", "%", "online_services_full_rate"),
    ("实现网上审批的审批事项", "ratio", "%", "online_services_rate"),
    # statistics that many reports give and the table lacked (round 23)
    ("企业退休人员月人均基本养老金", "amount", "元", "pension_level"),
    ("企业退休人员基本养老金", "amount", "元", "pension_level"),
    ("企业退休人员基本养老金人均", "amount", "元", "pension_level"),
    ("人均基本公共卫生服务经费补助标准", "amount", "元", "public_health_funding_per_capita"),
    ("基本公共卫生服务经费人均财政补助标准", "amount", "元", "public_health_funding_per_capita"),
    ("城乡居民医保人均财政补助标准", "amount", "元", "residents_medical_insurance_subsidy"),
    ("居民基本医疗保险政府补助标准", "amount", "元", "residents_medical_insurance_subsidy"),
    ("中欧班列开行", "count", "列", "china_europe_trains"),
    # wordings a reading of 200 unkeyed records found missing (round 23)
    ("旅游综合消费", "amount", "元", "tourism_revenue"),
    ("农村无害化卫生厕所改造", "count", "户", "rural_toilet_renovation"),
    ("新增创业担保贷款", "amount", "元", "entrepreneurship_loans"),
    ("省级美丽示范村", "count", "个", "demonstration_villages"),
    ("特色小城镇", "count", "个", "characteristic_towns"),
    ("来源于广东的财政总收入", "amount", "元", "fiscal_revenue"),
    ("困难人员就业", "count", "人", "hard_to_employ_jobs"),
    ("标准化菜市场", "count", "个", "farmers_markets"),
    ("公办和普惠幼儿园", "count", "所", "kindergartens_built"),
    ("城区提质改造小街巷", "count", "条", "back_streets"),
    ("注册外资实际到账", "amount", "美元", "utilised_foreign_capital"),
    ("转移劳动力", "count", "人", "rural_labour_transfer"),
    ("人大议案建议", "count", "件", "npc_suggestions"),
    ("市人大建议", "count", "件", "npc_suggestions"),
    ("新增科技型中小微企业", "count", "家", "new_tech_smes"),
    # wordings a review of 200 unkeyed records found missing (round 21)
    ("职业培训", "count", "人次", "vocational_training"),
    ("补贴性职业培训", "count", "人次", "vocational_training"),
    ("增加学位供给", "count", "个", "new_school_places"),
    ("为民办实事项目", "count", "项", "livelihood_projects"),
    ("人均公共绿地面积", "amount", "平方米", "park_green_per_capita"),
    ("新增城市停车泊位", "count", "个", "parking_spaces"),
    ("农村困难家庭危房改造", "count", "户", "rural_dilapidated_housing"),
    ("商事主体总数", "count", "户", "market_entities"),
    ("新增注册市场主体", "count", "户", "new_market_entities"),
    ("新登记注册市场主体", "growth", "%", "new_market_entities_growth"),
    ("新辟公交线路", "count", "条", "new_bus_lines"),
    ("城市低保月均标准", "amount", "元", "urban_minimum_living_allowance"),
    ("专业合作社", "count", "家", "farmer_cooperatives"),
    ("新增专业合作社", "count", "个", "new_farmer_cooperatives"),
    ("能源消耗强度", "amount", "吨标准煤", "energy_intensity_level"),
    ("新开工棚改安置房", "count", "套", "shantytown_renovation"),
    ("规模工业企业", "count", "家", "above_scale_firms"),
    ("拆除违法建设", "amount", "平方米", "illegal_buildings_removed"),
    ("支持措施", "count", "条", "policy_measures"),
    ("新增社会融资规模", "amount", "元", "social_financing"),
    ("国际友城数量", "count", "个", "sister_cities"),
    ("农牧民转移就业", "count", "人", "rural_labour_transfer"),
    ("再减少农村贫困人口", "count", "人", "poverty_reduction"),
    ("能源消耗强度", "growth", "%", "energy_intensity"),
    ("背街小巷改造", "count", "条", "back_streets"),
    ("新增自治区级企业技术中心", "count", "家", "new_enterprise_technology_centres"),
    ("新增3岁以下婴幼儿托位", "count", "个", "new_childcare_places"),
    ("中小河流重点段治理", "count", "条", "small_rivers_control"),
    ("地区生产总值", "growth", "%", "gdp_growth"),
    ("国内生产总值", "growth", "%", "gdp_growth"),
    ("全市生产总值", "growth", "%", "gdp_growth"),
    ("2023年全省地区生产总值", "growth", "%", "gdp_growth"),
    ("GDP", "growth", "%", "gdp_growth"),
    ("经济增长", "growth", "%", "gdp_growth"),
    ("国民生产总值", "growth", "%", "gdp_growth"),
    ("地区生产总值", "amount", "元", "gdp"),
    ("人均地区生产总值", "amount", "元", "gdp_per_capita"),
    ("人均生产总值", "growth", "%", "gdp_per_capita_growth"),
    ("第三产业增加值", "growth", "%", "tertiary_value_added_growth"),
    ("服务业增加值", "amount", "元", "tertiary_value_added"),
    # 规模工业 = 规上工业 = 规模以上工业; 工业增加值 (all industry) is another key
    ("规模以上工业增加值", "growth", "%", "industrial_value_added_growth"),
    ("规上工业增加值", "growth", "%", "industrial_value_added_growth"),
    ("规模工业增加值", "growth", "%", "industrial_value_added_growth"),
    ("规模以上工业实现增加值", "growth", "%", "industrial_value_added_growth"),
    ("工业增加值", "growth", "%", "industry_value_added_growth"),
    ("全社会固定资产投资", "growth", "%", "fixed_asset_investment_growth"),
    ("社会消费品零售总额", "amount", "元", "retail_sales"),
    ("外贸进出口总额", "growth", "%", "foreign_trade_growth"),
    # 实际利用外资 = 实际使用外资; FDI alone is another key
    ("实际利用外资", "amount", "美元", "utilised_foreign_capital"),
    ("实际使用外资", "growth", "%", "utilised_foreign_capital_growth"),
    ("实际利用外商直接投资", "amount", "美元", "utilised_fdi"),
    # 公共财政预算收入 -> 一般公共预算收入 (renamed 2014): one key; 财政总收入 is another
    ("公共财政预算收入", "growth", "%", "general_budget_revenue_growth"),
    ("地方公共财政预算收入", "amount", "元", "general_budget_revenue"),
    ("一般公共预算收入", "growth", "%", "general_budget_revenue_growth"),
    ("一般公共预算收入同口径", "growth", "%", "general_budget_revenue_growth"),
    ("地方财政一般预算收入", "amount", "元", "general_budget_revenue"),
    ("财政总收入", "growth", "%", "fiscal_revenue_growth"),
    ("财政收入", "growth", "%", "fiscal_revenue_unspecified_growth"),
    ("“三公”经费", "growth", "%", "three_public_expenses_growth"),
    ("居民消费价格", "growth", "%", "cpi"),
    ("居民消费价格总水平", "ratio", "%", "cpi"),
    ("零售物价", "growth", "%", "retail_price"),
    ("商品零售价格", "ratio", "%", "retail_price"),
    # 城市居民 = 城镇居民; 农民人均纯收入 and 农村居民人均可支配收入 are two measures
    ("城镇居民人均可支配收入", "growth", "%", "urban_income_growth"),
    ("城市居民人均可支配收入", "growth", "%", "urban_income_growth"),
    ("农村居民人均可支配收入", "growth", "%", "rural_income_growth"),
    ("农村常住居民人均可支配收入", "amount", "元", "rural_income"),
    ("农民人均纯收入", "growth", "%", "rural_net_income_growth"),
    ("农牧民人均纯收入", "amount", "元", "rural_net_income"),
    # one figure for urban and rural income together (均增长8%): a key of its own, by measure;
    # two figures (分别增长8%和10%) are the halves, which the phrase engine splits
    ("城乡居民人均可支配收入", "growth", "%", "urban_rural_income_growth"),
    ("城乡常住居民人均可支配收入", "growth", "%", "urban_rural_income_growth"),
    ("城镇、农村常住居民人均可支配收入", "growth", "%", "urban_rural_income_growth"),
    ("城镇居民和农民人均可支配收入", "growth", "%", "urban_rural_income_growth"),
    ("城镇及农村常住居民人均可支配收入", "growth", "%", "urban_rural_income_growth"),
    ("城镇居民人均可支配收入和农民人均纯收入", "growth", "%", "urban_rural_net_income_growth"),
    ("城市居民人均可支配收入、农村居民人均纯收入", "growth", "%", "urban_rural_net_income_growth"),
    ("农民人均纯收入和城镇居民人均可支配收入", "growth", "%", "urban_rural_net_income_growth"),
    ("城乡居民收入", "growth", "%", "urban_rural_income_unspecified_growth"),
    ("城乡居民人均收入", "growth", "%", "urban_rural_income_unspecified_growth"),
    # abbreviations and other names of a statistic of the table
    ("固投", "growth", "%", "fixed_asset_investment_growth"),
    ("工业固投", "growth", "%", "industrial_investment_growth"),
    ("网络交易额", "growth", "%", "ecommerce_transactions_growth"),
    ("旅游花费", "growth", "%", "tourism_revenue_growth"),
    ("新批外商投资企业", "count", "户", "new_foreign_firms"),
    ("新设外资企业", "growth", "%", "new_foreign_firms_growth"),
    ("财政总支出", "growth", "%", "fiscal_expenditure_unspecified_growth"),
    ("地方公共财政一般预算支出", "growth", "%", "general_budget_expenditure_growth"),
    ("实际利用内外资总额", "growth", "%", "capital_inflow_total_growth"),
    ("口岸整体通关时间", "growth", "%", "customs_clearance_time"),
    ("出口整体通关时间", "growth", "%", "export_clearance_time"),
    ("进口通关时间", "growth", "%", "import_clearance_time"),
    ("一般工商业电价", "growth", "%", "commercial_power_price"),
    ("市内生产总值", "growth", "%", "gdp_growth"),  # 曲靖: the prefecture's GDP
    ("地区生产总值连", "growth", "%", "gdp_growth"),  # 连跨三个万亿元台阶: a link word
    ("招商引资到位额", "growth", "%", "investment_attracted_growth"),
    ("国内经济技术合作资金到位额", "growth", "%", "domestic_capital_inflow_growth"),
    ("城乡住户储蓄存款余额", "growth", "%", "household_savings_growth"),
    ("金融机构贷款", "growth", "%", "loans_growth"),
    ("新设市场主体", "growth", "%", "new_market_entities_growth"),
    ("新登记各类经营主体", "growth", "%", "new_market_entities_growth"),
    ("城镇新增就业", "count", "人", "urban_new_jobs"),
    ("新增城镇就业", "count", "人", "urban_new_jobs"),
    ("新增就业岗位", "count", "个", "new_job_posts"),
    ("城镇登记失业率", "ratio", "%", "registered_unemployment"),
    ("登记失业率", "ratio", "%", "registered_unemployment"),
    ("城镇调查失业率", "ratio", "%", "surveyed_unemployment"),
    ("下岗失业人员再就业", "count", "人", "reemployment"),
    ("人口自然增长率", "ratio", "‰", "natural_population_growth_rate"),
    ("常住人口城镇化率", "ratio", "%", "urbanization_rate"),
    ("城市化率", "ratio", "%", "urbanization_rate"),
    # the hukou population's rate runs 15-20 points below the residents': two keys
    ("户籍人口城镇化率", "ratio", "%", "registered_urbanization_rate"),
    # domestic visitors are a part of all arrivals
    ("接待国内游客", "count", "人次", "domestic_tourist_arrivals"),
    ("接待国内外游客", "count", "人次", "tourist_arrivals"),
    # two measures that shared a key until they were read in their sentences
    ("专利授权量", "growth", "%", "patent_grants_growth"),
    ("专利申请量", "growth", "%", "patent_applications_growth"),
    ("发明专利申请量", "count", "件", "invention_patent_applications"),
    ("刑事警情", "growth", "%", "criminal_alerts"),
    ("刑事案件", "growth", "%", "crime_rate"),
    ("工业用电量", "growth", "%", "industrial_electricity_consumption_growth"),
    ("全社会用电量", "growth", "%", "electricity_consumption_growth"),
    ("农村生活垃圾无害化处理率", "ratio", "%", "rural_garbage_treatment_rate"),
    ("城市生活垃圾无害化处理率", "ratio", "%", "garbage_treatment_rate"),
    ("城乡居民基础养老金", "growth", "%", "residents_basic_pension_increase"),
    ("新能源装机占比", "ratio", "%", "new_energy_capacity_share"),
    ("清洁能源装机占比", "ratio", "%", "clean_power_share"),
    # all schemes, and each scheme apart
    ("基本养老保险参保率", "ratio", "%", "pension_participation"),
    ("城乡居民基本养老保险参保率", "ratio", "%", "residents_pension_participation"),
    ("新型农村社会养老保险参保率", "ratio", "%", "residents_pension_participation"),
    ("城镇职工基本养老保险覆盖率", "ratio", "%", "employees_pension_participation"),
    ("常住人口基本医疗保险参保率", "ratio", "%", "medical_insurance_participation"),
    ("城乡居民基本医疗保险参保率", "ratio", "%", "residents_medical_participation"),
    ("每万人口高价值发明专利拥有量", "count", "件", "high_value_invention_patents_per_10k"),
    ("市区空气质量达标率", "ratio", "%", "air_quality_ratio"),  # the share of days up to standard
    ("适龄儿童规划免疫预防接种率", "ratio", "%", "immunisation_rate"),
    ("高等教育毛入学率", "ratio", "%", "higher_education_enrolment"),
    ("科技进步贡献率", "ratio", "%", "tech_progress_contribution"),
    ("研发投入强度", "ratio", "%", "rd_intensity"),
    ("全社会研发经费支出相当于全市生产总值的比例", "ratio", "%", "rd_intensity"),
    # 万元GDP能耗 = 单位GDP能耗
    ("万元GDP能耗", "growth", "%", "energy_intensity"),
    ("单位国内生产总值能耗", "growth", "%", "energy_intensity"),
    ("单位地区生产总值二氧化碳排放", "growth", "%", "carbon_intensity"),
    ("化学需氧量", "growth", "%", "cod_reduction"),
    ("PM2.5平均浓度", "amount", "微克/立方米", "pm25"),
    ("空气质量优良天数比例", "ratio", "%", "air_quality_ratio"),
    ("森林覆盖率", "ratio", "%", "forest_coverage"),
    ("林木覆盖率", "ratio", "%", "tree_coverage"),
    ("粮食产量", "amount", "斤", "grain_output"),
    ("高标准农田", "amount", "亩", "high_standard_farmland"),
    ("旅游总收入", "growth", "%", "tourism_revenue_growth"),
    ("集装箱吞吐量", "amount", "标箱", "container_throughput"),
    ("金融机构本外币存贷款余额", "growth", "%", "deposits_and_loans_growth"),
    ("新增本外币贷款", "amount", "元", "new_loans"),
    ("高新技术企业", "count", "家", "high_tech_enterprises"),
    ("人大代表建议", "count", "件", "npc_suggestions"),
    # a list's dash in front, a link word behind
    ("——社会消费品零售总额", "growth", "%", "retail_sales_growth"),
    ("外贸出口逆势", "growth", "%", "exports_growth"),
    ("社会消费品零售总额要", "growth", "%", "retail_sales_growth"),
    ("城镇登记失业率始终", "ratio", "%", "registered_unemployment"),
    ("公共财政预算收入必保", "growth", "%", "general_budget_revenue_growth"),
    ("一般公共财政预算收入", "growth", "%", "general_budget_revenue_growth"),
    ("实有市场主体数量", "growth", "%", "market_entities_growth"),
    # 邮电 = posts and telecom together; 邮政 and 电信 apart; 普惠小微 is a part of 小微企业贷款
    ("邮电业务总量", "growth", "%", "posts_telecom_volume_growth"),
    ("邮政业务总量", "growth", "%", "postal_volume_growth"),
    ("普惠小微企业贷款余额", "growth", "%", "inclusive_sme_loans_growth"),
    ("小微企业贷款余额", "growth", "%", "sme_loans_growth"),
    ("高新技术产品产值", "growth", "%", "high_tech_products_output_growth"),
    ("高新技术产业产值", "growth", "%", "high_tech_output_growth"),
    ("高新技术产业增加值占规上工业比重", "ratio", "%", "high_tech_share"),
    ("民间投资占全部投资比重", "ratio", "%", "private_investment_share"),
    ("学前教育普惠率", "ratio", "%", "inclusive_kindergarten_coverage"),
    ("国、省控断面水质优良率", "ratio", "%", "water_quality_ratio"),
    ("地表水国考断面优良水体比例", "ratio", "%", "water_quality_ratio"),
    ("县域内就诊率", "ratio", "%", "county_visit_rate"),
    # 规模工业 = 规上工业 = 规模以上工业, in every statistic of it
    ("万元规模工业增加值能耗", "growth", "%", "industrial_energy_intensity"),
    ("规上工业单位增加值能耗", "growth", "%", "industrial_energy_intensity"),
    ("规模工业主营业务收入", "growth", "%", "industrial_revenue_growth"),
    ("规上工业利税", "growth", "%", "industrial_profit_tax_growth"),
    ("每万人口发明专利拥有量", "growth", "%", "invention_patents_per_10k_growth"),
    ("民生投入占财政支出的比重", "ratio", "%", "livelihood_expenditure_share"),
    ("实际吸收外资", "growth", "%", "utilised_foreign_capital_growth"),
    ("产业投资", "growth", "%", "industry_investment_growth"),
    ("工业投资", "growth", "%", "industrial_investment_growth"),
    ("国家高新技术企业数量", "growth", "%", "high_tech_enterprises_growth"),
    ("城镇失业登记率", "ratio", "%", "registered_unemployment"),
    ("工业品产销率", "ratio", "%", "industrial_sales_ratio"),
    ("中心城区生活污水处理率", "ratio", "%", "sewage_treatment_rate"),
    ("九大类民生支出占一般公共预算支出比重", "ratio", "%", "livelihood_expenditure_share"),
    # the rural rate is not the (urban) 污水处理率: a key of its own; 治理率 is another measure
    ("农村生活污水处理率", "ratio", "%", "rural_sewage_treatment_rate"),
    ("行政村生活污水治理率", "ratio", "%", "rural_sewage_governance_rate"),
    # of the graduates still without work, not of all graduates
    ("离校未就业高校毕业生就业率", "ratio", "%", "unemployed_graduates_employment_rate"),
    # 城镇居民收入 is the urban per-capita disposable income (as 居民收入 is the residents');
    # 农村居民收入 was 纯收入 until 2013 and 可支配收入 since: a key that says so
    ("城镇居民收入", "growth", "%", "urban_income_growth"),
    ("城镇常住居民可支配收入", "amount", "元", "urban_income"),
    ("农村居民收入", "growth", "%", "rural_income_unspecified_growth"),
    ("农村常住居民可支配收入", "growth", "%", "rural_income_growth"),
    # 污染地块 = 重点建设用地 (construction land), never 受污染耕地 (farmland)
    ("污染地块安全利用率", "ratio", "%", "contaminated_plot_safe_use"),
    ("受污染耕地安全利用率", "ratio", "%", "contaminated_land_safe_use"),
    # 治安 cases and calls are two measures; one figure for 刑事治安 calls is a third
    ("治安案件", "growth", "%", "public_order_cases"),
    ("治安警情", "growth", "%", "public_order_alerts"),
    ("刑事治安警情", "growth", "%", "crime_and_order_alerts"),
    # 低保标准 (the threshold) and 低保补助 (the benefit paid) are kept apart
    ("城乡低保保障标准", "growth", "%", "minimum_living_allowance_growth"),
    ("农村低保标准", "amount", "元", "rural_minimum_living_allowance"),
    ("城市居民最低生活保障标准", "growth", "%", "urban_minimum_living_allowance_growth"),
    ("城乡低保月人均补助水平", "growth", "%", "minimum_living_benefit_growth"),
    ("市属国有企业利润总额", "growth", "%", "soe_profit_growth"),
    ("全社会研究与开发经费占地区生产总值比重", "ratio", "%", "rd_intensity"),
    ("规模以上工业企业盈亏相抵后利润总额", "growth", "%", "industrial_profit_growth"),
    # the name of a growth rate after the statistic, on a growth record: the statistic grew
    ("固定资产投资增速", "growth", "%", "fixed_asset_investment_growth"),
    ("规上工业增加值增速持续", "growth", "%", "industrial_value_added_growth"),
    ("生产总值增速", "ratio", "%", "gdp_growth"),  # (a rate named, not verbed: as before)
    ("特别是一般公共预算收入", "growth", "%", "general_budget_revenue_growth"),
    ("尤其是全部财政收入", "growth", "%", "fiscal_revenue_growth"),
    # drinking water sources are not the surface water sections
    ("县级以上集中式饮用水水源地水质达标率", "ratio", "%", "drinking_water_source_quality"),
    ("地表水国考断面水质Ⅲ类及以上比例", "ratio", "%", "water_quality_ratio"),
    ("省考以上断面水质优Ⅲ比例", "ratio", "%", "water_quality_ratio"),
    # a section meeting its own target grade (达标) is not a grade I-III section (优良)
    ("国省考断面水质达标率", "ratio", "%", "surface_water_compliance"),
    # green space (绿地率) is not green cover (绿化覆盖率)
    ("建成区绿地率", "ratio", "%", "urban_green_space"),
    ("建成区绿化覆盖率", "ratio", "%", "urban_green_coverage"),
    ("劣Ⅴ类水体比例", "ratio", "%", "worse_than_v_water_share"),
    ("空气质量二级和好于二级的天数占总天数", "ratio", "%", "air_quality_ratio"),
    ("空气质量达标天数比例", "ratio", "%", "air_quality_ratio"),
    # strategic industries: the share of GDP and the share of industry are two keys
    ("战略性新兴产业增加值占地区生产总值比重", "ratio", "%", "strategic_emerging_share_gdp"),
    ("战略性新兴产业增加值占规模以上工业增加值比重", "ratio", "%", "strategic_emerging_share"),
    ("规模养殖比重", "ratio", "%", "livestock_scale_farming_share"),
    ("农机化综合作业水平", "ratio", "%", "farm_mechanisation_rate"),
    ("社会物流总费用占地区生产总值比重", "ratio", "%", "logistics_cost_ratio"),
    ("公办幼儿园和普惠性民办幼儿园在园幼儿占比", "ratio", "%", "inclusive_kindergarten_coverage"),
    ("公办园就读幼儿比例", "ratio", "%", "public_kindergarten_share"),
    ("经常参加体育锻炼人数比例", "ratio", "%", "sports_participation"),
    ("出生人口政策符合率", "ratio", "%", "birth_policy_compliance"),
    ("农村牧区居民人均可支配收入", "growth", "%", "rural_income_growth"),
    # 城镇居民人均生活费收入 (the surveys before 2002) is not 可支配收入
    ("城镇居民人均生活费收入", "amount", "元", "urban_living_income"),
    ("城市供电可靠率", "ratio", "%", "power_supply_reliability"),
    ("农网供电可靠率", "ratio", "%", "rural_power_supply_reliability"),
    # the suggestions of deputies and proposals of members, alone or together, of any level
    ("人大代表建议、政协委员提案满意率", "ratio", "%", "proposal_satisfaction_rate"),
    ("市人大代表建议满意率", "ratio", "%", "proposal_satisfaction_rate"),
    ("人大议案和建议、政协提案办理满意率", "ratio", "%", "proposal_satisfaction_rate"),
    ("人大代表建议、政协提案满意和基本满意率", "ratio", "%", "proposal_satisfaction_basic_rate"),
    ("市级人大代表建议、政协委员提案办复率", "ratio", "%", "proposal_reply_rate"),
    ("人大代表建议、政协提案答复率", "ratio", "%", "proposal_reply_rate"),
    ("人大代表议案、建议和政协提案办结率", "ratio", "%", "proposal_completion_rate"),
    ("市人大代表议案和建议", "count", "件", "npc_suggestions"),  # 北京 2004: counted together
    ("民航航线", "count", "条", "air_routes"),
    ("省人大代表建议、省政协提案办结率", "ratio", "%", "proposal_completion_rate"),
    ("第三产业对经济增长的贡献率", "ratio", "%", "services_contribution"),
    ("工业增加值对经济增长的贡献率", "ratio", "%", "industry_contribution"),
    ("工业对GDP增长贡献率", "ratio", "%", "industry_contribution"),
    ("二产对经济增长的贡献率", "ratio", "%", "secondary_contribution"),
    ("民营经济增加值对经济增长的贡献率", "ratio", "%", "private_economy_contribution"),
    ("民间投资对全部投资增长的贡献率", "ratio", "%", "private_investment_contribution"),
    ("市财政用于民生领域的支出占公共财政预算支出", "ratio", "%", "livelihood_expenditure_share"),
    ("一般公共预算民生支出占比", "ratio", "%", "livelihood_expenditure_share"),
    ("财政支出用于民生", "ratio", "%", "livelihood_expenditure_share"),
    ("地方一般预算支出用于改善民生", "ratio", "%", "livelihood_expenditure_share"),
    ("行政诉讼案件行政机关负责人出庭率", "ratio", "%", "court_appearance_rate"),
    ("信访积案化解率", "ratio", "%", "petition_backlog_resolution"),
    ("新增信访事项一次性化解率", "ratio", "%", "petition_first_resolution"),
    ("矛盾纠纷调处成功率", "ratio", "%", "dispute_mediation_success"),
    ("人民调解成功率", "ratio", "%", "dispute_mediation_success"),
    ("城镇社区养老服务设施覆盖率", "ratio", "%", "community_elderly_care_coverage"),
    ("社区日间照料中心覆盖率", "ratio", "%", "community_day_care_coverage"),
    ("农村养老服务设施覆盖率", "ratio", "%", "rural_elderly_care_coverage"),
    ("基层就诊率", "ratio", "%", "primary_care_visit_share"),
    ("林草覆盖率", "ratio", "%", "forest_grass_coverage"),
    ("城市道路完好率", "ratio", "%", "urban_road_intact_rate"),
    ("生活不能自理特困人员集中供养率", "ratio", "%", "disabled_destitute_central_care"),
    ("规上工业企业数字化改造覆盖率", "ratio", "%", "industrial_digital_transformation"),
    ("流转土地占家庭承包耕地面积", "ratio", "%", "land_transfer_rate"),
    ("农村土地承包经营权流转占家庭承包耕地", "ratio", "%", "land_transfer_rate"),
    ("食品安全检测合格率", "ratio", "%", "food_safety_pass_rate"),
    ("药品抽检合格率", "ratio", "%", "drug_pass_rate"),
    ("农产品质量安全监测总体合格率", "ratio", "%", "agri_product_pass_rate"),
    ("棚改货币化安置比例", "ratio", "%", "monetised_resettlement_share"),
    ("义务教育集团化办学覆盖率", "ratio", "%", "education_group_coverage"),
    ("新型农村合作医疗参保率", "ratio", "%", "ncms_participation"),
    # the urban rates are the urban area's, whichever name it takes (青岛 2021, 乌鲁木齐 2015)
    ("市区PM10浓度", "growth", "%", "pm10_growth"),
    ("城区PM2.5平均浓度", "growth", "%", "pm25_growth"),
    ("主城区再生水回用率", "ratio", "%", "reclaimed_water_rate"),
    ("中心市区垃圾无害化处理率", "ratio", "%", "garbage_treatment_rate"),
    # the government's cuts of its own meetings, documents, approvals and spending (乌鲁木齐 2014:
    # 各类会议减少50%; 深圳 2014: 市政府下发公文同比减少30.3%; 淮南 2014: 审批时限压缩54.3%; 宿州
    # 2014: 市级行政审批事项减少37.6%; 南通 2014: 市级机关公用经费削减10%; 贵州 2015: 压缩行政经费5%;
    # 丽水 2021: 全市非刚性、非重点项目支出压减14.9%; 包头 2024: 市本级一般性支出压减6%)
    ("各类会议", "growth", "%", "meetings_change"),
    ("性会议", "growth", "%", "meetings_change"),  # 全市性会议 whose place the phrase drops
    ("市政府下发公文", "growth", "%", "documents_change"),
    ("审批时限", "growth", "%", "approval_time_change"),
    ("行政审批办理时限", "growth", "%", "approval_time_change"),
    ("市级行政审批事项", "growth", "%", "approval_items_change"),
    ("市级机关公用经费", "growth", "%", "public_funds_change"),
    ("压缩行政经费", "growth", "%", "admin_expenses_change"),
    ("非刚性、非重点项目支出", "growth", "%", "nonessential_spending_change"),
    ("市本级一般性支出", "growth", "%", "general_expenditure_change"),
    ("药价", "growth", "%", "drug_price_change"),  # 辽源 2014: 药价平均下降30%
    # capital from outside the place and the 招商引资 total, as local reports name them (临沧 2023,
    # 楚雄 2021, 佳木斯 2016, 南宁 2017, 商洛 2023, 青海 2013)
    ("招商引资市外到位资金", "growth", "%", "domestic_capital_inflow_growth"),
    ("引进州外到位资金", "growth", "%", "domestic_capital_inflow_growth"),
    ("国内招商引资到位资金", "amount", "元", "domestic_capital_inflow"),
    ("区外境内实际到位内资", "amount", "元", "domestic_capital_inflow"),
    ("招商到位资金", "growth", "%", "investment_attracted_growth"),
    ("招商引资累计到位资金", "amount", "元", "investment_attracted"),
    ("居民消费价格水平", "growth", "%", "cpi"),  # 广东 2009
    ("新登记注册企业", "growth", "%", "new_enterprises_growth"),  # 安徽 2020 (subsets9)
    ("旅游接待", "growth", "%", "tourist_arrivals_growth"),  # 江西 2012: 旅游接待1.6亿人次
    ("旅游业接待人次", "growth", "%", "tourist_arrivals_growth"),  # 吉林 2020
    ("到位市外国内资金", "growth", "%", "domestic_capital_inflow_growth"),  # 泸州 2021
    ("引进外省资金", "growth", "%", "domestic_capital_inflow_growth"),  # 吉林 2010
    ("招商引资内资到位", "amount", "元", "domestic_capital_inflow"),  # 河池 2015
    ("经营主体", "growth", "%", "market_entities_growth"),  # 浙江 2026
    ("第三产业预计实现增加值", "growth", "%", "tertiary_value_added_growth"),  # 嘉峪关 2014
    ("房地产业投资", "amount", "元", "real_estate_investment"),  # 阜新 2014
    ("县域地区生产总值", "growth", "%", "county_gdp_growth"),  # 锦州 2023
    ("县域经济", "growth", "%", "county_gdp_growth"),  # 陕西 2026: 县域经济增长5.5%以上
    ("地方收入", "growth", "%", "general_budget_revenue_growth"),  # 滁州 2016: 其中地方收入
    ("公共财政总收入", "growth", "%", "fiscal_revenue_growth"),  # 漳州 2014 (Fujian's name)
    ("城市居民人均年可支配收入", "growth", "%", "urban_income_growth"),  # 南昌 1999
    ("规上工业高新技术产业增加值", "growth", "%", "high_tech_value_added_growth"),  # 信阳 2023
    # 金融机构本外币存、贷款余额分别…: the first item as the list cuts it (厦门 2016)
    ("金融机构本外币存", "growth", "%", "deposits_growth"),
    ("各级财政用于民生支出", "growth", "%", "livelihood_expenditure_growth"),  # 黄石 2014
    ("公共财政用于民生领域的支出", "amount", "元", "livelihood_expenditure"),  # 武汉 2015
    ("各级财政“三农”投入", "growth", "%", "agri_expenditure_growth"),  # 江门 2014
    ("财政对教育的投入", "growth", "%", "education_expenditure_growth"),  # 广州 2003
    ("科技财政投入", "growth", "%", "fiscal_science_expenditure_growth"),  # 南宁 2014
    ("12345政务服务热线满意率", "ratio", "%", "hotline_satisfaction_rate"),  # 泰州 2021
    ("12345政务服务便民热线群众满意率", "ratio", "%", "hotline_satisfaction_rate"),  # 广元 2024
    ("12345政府服务热线反映问题办结率", "ratio", "%", "hotline_completion_rate"),  # 南昌 2019
    ("市长热线办结率", "ratio", "%", "hotline_completion_rate"),  # 枣庄 2020
    ("市政务服务热线群众诉求事项办结率", "ratio", "%", "hotline_completion_rate"),  # 临沂 2021
    # 办理市人大代表建议579件、市政协委员提案729件，办理结果满意率均达100% (成都 2023)
    ("人大代表建议、政协委员提案结果满意率", "ratio", "%", "proposal_satisfaction_rate"),
    ("综合机械化程度", "ratio", "%", "farm_mechanisation_rate"),  # 齐齐哈尔 2016, 黑龙江 2012
    ("农田综合机械化水平", "ratio", "%", "farm_mechanisation_rate"),  # 阜新 2014
    ("普惠性幼儿园占比", "ratio", "%", "inclusive_kindergarten_coverage"),  # 衢州 2025
    # formed by the pipeline in a city's report (忻州 2022, 石家庄 2014, 西宁 2024)
    ("地区生产总值占全省比重", "ratio", "%", "gdp_share_of_province"),
    ("全市生产总值占全省比重", "ratio", "%", "gdp_share_of_province"),
    ("外贸进出口总值占全省比重", "ratio", "%", "foreign_trade_share_of_province"),  # 西宁 2024
    ("出口额占全国比重", "ratio", "%", "exports_share_of_nation"),  # 舟山 2021
    # a share whose phrase names its base without 比重 (海口 2006: …占全市生产总值的23.6%)
    ("工业增加值占生产总值", "ratio", "%", "industrialisation_rate"),
    ("技改投资占工业投资", "ratio", "%", "technical_renovation_share"),  # 厦门 2016
    ("普惠园覆盖率", "ratio", "%", "inclusive_kindergarten_coverage"),  # 鹰潭 2022
    ("政务服务事项可网办率", "ratio", "%", "online_services_rate"),  # 菏泽 2024
    ("战略性新兴产业产值占比", "ratio", "%", "strategic_emerging_share"),  # 临沂 2021, 自贡 2021
    ("主城公共交通出行分担率", "ratio", "%", "public_transport_share"),  # 昆明 2015
    ("规模以上工业企业产销率", "ratio", "%", "industrial_sales_ratio"),  # 乐山 2019
    ("绿色优质农产品比重", "ratio", "%", "green_quality_agri_share"),  # 宿迁 2025, 盐城 2020
    ("省会城市经济首位度", "ratio", "%", "gdp_share_of_province"),  # 郑州 2023, 贵阳 2023
    ("城市气化率", "ratio", "%", "gas_penetration"),  # 太原 2006, 福州 2006
    ("综合机械化率", "ratio", "%", "farm_mechanisation_rate"),  # 成都 2014
    ("普惠性幼儿园覆盖面", "ratio", "%", "inclusive_kindergarten_coverage"),  # 铜陵 2021
    ("机构护理型床位占比", "ratio", "%", "nursing_bed_share"),  # 西宁 2024, 铜仁 2024
    ("城镇新建绿色建筑面积占比", "ratio", "%", "green_building_share"),  # 贵阳 2023
    ("绿色建筑占新建建筑比例", "ratio", "%", "green_building_share"),  # 淮安 2021, 鹤壁 2021
    ("建筑中绿色建筑占比", "ratio", "%", "green_building_share"),  # 昆明 2024: 新建建筑中…
    ("城镇居民医保参保率", "ratio", "%", "urban_residents_medical_participation"),  # 雅安 2014
    ("城镇居民基本医疗保险覆盖率", "ratio", "%", "urban_residents_medical_participation"),
    ("幼儿园普惠率", "ratio", "%", "inclusive_kindergarten_coverage"),  # 银川 2019
    ("耕地流转率", "ratio", "%", "land_transfer_rate"),  # 安庆 2016
    ("一般贸易出口占出口总额比重", "ratio", "%", "general_trade_exports_share"),  # 佛山 2018
    ("城乡公共服务支出占财政支出比重", "ratio", "%", "public_services_expenditure_share"),  # 鸡西
    ("高标准农田面积占耕地面积", "ratio", "%", "high_standard_farmland_share"),  # 贵阳 2022
    ("高标准农田比重", "ratio", "%", "high_standard_farmland_share"),  # 无锡 2019, 苏州 2014
    ("高技术产业占规模以上工业比重", "ratio", "%", "high_tech_share"),  # 郑州 2026
    ("新能源装机规模占总装机量", "ratio", "%", "new_energy_capacity_share"),  # 菏泽 2024
    ("财政民生支出占总支出", "ratio", "%", "livelihood_expenditure_share"),  # 资阳 2021
    ("民营经济占经济比重", "ratio", "%", "gdp_share_private"),  # 茂名 2018: 约占全市经济比重62%
    ("服务业占到经济总量", "ratio", "%", "tertiary_share"),  # 宁夏 2012
    ("城市社区卫生服务中心覆盖率", "ratio", "%", "community_health_coverage"),  # 邯郸, 江苏
    ("社区卫生服务覆盖面", "ratio", "%", "community_health_coverage"),  # 兰州 2009
    ("新农合政策范围内住院补偿比例", "ratio", "%", "ncms_reimbursement"),  # 曲靖 2014
    ("新农合统筹基金政策内住院支付比例", "ratio", "%", "ncms_reimbursement"),  # 黑龙江 2012
    # rates, round 6: local names of keys of the table
    ("高校毕业生登记就业率", "ratio", "%", "graduate_employment_rate"),  # 西宁 2023, 2024
    ("应届高校毕业生年终就业率", "ratio", "%", "graduate_employment_rate"),  # 云南 2010
    ("高校毕业生当年就业率", "ratio", "%", "graduate_employment_rate"),  # 银川 2017
    ("高校毕业生就业去向落实率", "ratio", "%", "graduate_employment_rate"),  # 青海 2026
    ("依申请政务服务事项网上可办率", "ratio", "%", "online_services_rate"),  # 丹东 2021, 绵阳
    ("依申请事项网上可办率", "ratio", "%", "online_services_rate"),  # 云浮 2023
    ("嘎查村通沥青水泥路率", "ratio", "%", "village_road_access"),  # 乌兰察布 2014
    ("行政村通畅率", "ratio", "%", "village_road_access"),  # 宜宾 2016
    ("建制村沥青（水泥）路通畅率", "ratio", "%", "village_road_access"),  # 广西 2014
    ("行政村客运班车通达率", "ratio", "%", "village_bus_access"),  # 江苏 2012
    ("行政村班车开通率", "ratio", "%", "village_bus_access"),  # 合肥 2010
    ("学前三年毛入学率", "ratio", "%", "preschool_enrolment"),  # 西双版纳 2021
    ("学前三年幼儿入园率", "ratio", "%", "preschool_enrolment"),  # 德阳 2014
    ("学龄前儿童入园率", "ratio", "%", "preschool_enrolment"),  # 大理 2014
    ("初中阶段适龄人口入学率", "ratio", "%", "junior_high_enrolment"),  # 江西 2012
    ("城市社区卫生服务街道覆盖率", "ratio", "%", "community_health_coverage"),  # 河北 2008
    ("科技对农牧业贡献率", "ratio", "%", "agri_tech_contribution"),  # 西藏 2020, 海北 2022
    ("农畜产品加工综合转化率", "ratio", "%", "agro_processing_rate"),  # 西藏 2020, 2022
    ("银行机构不良贷款率", "ratio", "%", "npl_ratio"),  # 西藏 2020
    ("环境空气质量（AQI指数）优良率", "ratio", "%", "air_quality_ratio"),  # 南宁 2014
    ("建成区内绿化覆盖率", "ratio", "%", "urban_green_coverage"),  # 乌鲁木齐 2018
    ("集中供热覆盖率", "ratio", "%", "central_heating_coverage"),  # 庆阳 2018
    ("职工基本医疗保险参保率", "ratio", "%", "employees_medical_participation"),  # 九江 2014
    ("职工基本养老保险覆盖面", "ratio", "%", "employees_pension_participation"),  # 太原 2002
    ("基本养老保险覆盖面", "ratio", "%", "pension_participation"),  # 达州 2023, 云南 2025
    ("常住人口基本养老保险参保率", "ratio", "%", "pension_participation"),  # 莆田 2019
    ("工业对GDP的贡献率", "ratio", "%", "industry_contribution"),  # 昆明 2024, 广安 2014
    ("消费对经济的贡献率", "ratio", "%", "consumption_contribution"),  # 怀化 2019
    ("最终消费对经济增长的年均贡献率", "ratio", "%", "consumption_contribution"),  # 广东 2016
    # rates, round 6: new keys
    ("社会治安满意率", "ratio", "%", "public_order_satisfaction"),  # 陕西 2020, 福州 2007
    ("群众对社会治安满意度", "ratio", "%", "public_order_satisfaction"),  # 酒泉 2016
    ("平安建设群众满意度", "ratio", "%", "peace_building_satisfaction"),  # 攀枝花 2022
    ("平安建设满意度", "ratio", "%", "peace_building_satisfaction"),  # 宝鸡 2023, 汉中 2023
    ("市城区控规覆盖率", "ratio", "%", "regulatory_plan_coverage"),  # 郴州 2014
    ("城市控制性详规覆盖率", "ratio", "%", "regulatory_plan_coverage"),  # 景德镇 2014
    ("依申请政务服务事项“一网通办”率", "ratio", "%", "one_network_services_rate"),  # 温州 2024
    ("一网通办率", "ratio", "%", "one_network_services_rate"),  # 扬州 2023, 南昌 2023
    ("行政村生活垃圾有效治理率", "ratio", "%", "rural_garbage_governance_rate"),  # 重庆 2021
    ("建制村生活垃圾治理率", "ratio", "%", "rural_garbage_governance_rate"),  # 榆林 2020
    ("劳动合同签订率", "ratio", "%", "labour_contract_rate"),  # 深圳 2007, 2009
    ("职工劳动合同签订率", "ratio", "%", "labour_contract_rate"),  # 泉州 2009
    ("集体合同签订率", "ratio", "%", "collective_contract_rate"),  # 沈阳 2012
    ("城镇基本医疗保险参保率", "ratio", "%", "urban_medical_participation"),  # 西安 2014, 四川
    ("失业保险覆盖率", "ratio", "%", "unemployment_insurance_coverage"),  # 太原 2002, 2006
    ("声环境功能区噪声达标率", "ratio", "%", "noise_zone_compliance"),  # 苏州 2013, 2014
    ("矛盾纠纷化解率", "ratio", "%", "dispute_resolution_rate"),  # 昌吉 2023, 湖州 2024, 宁夏
    ("矛盾纠纷排查化解率", "ratio", "%", "dispute_resolution_rate"),  # 定西 2025
    ("纠纷调处成功率", "ratio", "%", "dispute_mediation_success"),  # 东莞 2012
    ("社会矛盾纠纷调处成功率", "ratio", "%", "dispute_mediation_success"),  # 鸡西 2022
    ("困难群众医疗费用综合保障率", "ratio", "%", "needy_medical_cost_coverage"),  # 温州, 湖州
    ("农村生活垃圾收运处置体系行政村覆盖率", "ratio", "%", "rural_garbage_collection_coverage"),
    ("农村牧区生活垃圾收运覆盖率", "ratio", "%", "rural_garbage_collection_coverage"),  # 包头
    ("行政村垃圾收运覆盖率", "ratio", "%", "rural_garbage_collection_coverage"),  # 阳泉 2022
    ("乡镇（街道）区域养老服务中心覆盖率", "ratio", "%", "township_elderly_care_coverage"),
    ("镇街综合养老服务中心覆盖率", "ratio", "%", "township_elderly_care_coverage"),  # 海口 2025
    ("城镇职工住房公积金缴存覆盖面", "ratio", "%", "housing_fund_coverage"),  # 苏州 2014
    ("住房公积金制度覆盖率", "ratio", "%", "housing_fund_coverage"),  # 太原 2006
    ("人民群众对法治建设的满意率", "ratio", "%", "rule_of_law_satisfaction"),  # 苏州 2016
    ("重点人群家庭医生签约服务覆盖率", "ratio", "%", "family_doctor_key_groups_coverage"),
    ("重点人群签约率", "ratio", "%", "family_doctor_key_groups_coverage"),  # 呼伦贝尔 2025
    ("土地适度规模经营率", "ratio", "%", "land_scale_operation_rate"),  # 成都 2019
    ("农业适度规模经营率", "ratio", "%", "land_scale_operation_rate"),  # 成都 2019
    ("企业退休人员社会化管理率", "ratio", "%", "retiree_socialised_management"),  # 吉林 2004
    ("农村土地承包经营权确权颁证率", "ratio", "%", "land_rights_certification"),  # 南宁 2021
    ("贷款不良率", "ratio", "%", "npl_ratio"),  # 黄石 2022
    ("R＆D投入强度", "ratio", "%", "rd_intensity"),  # 赤峰 2023
    ("国有资本保值增值率", "ratio", "%", "soe_asset_preservation_rate"),  # 广东 2011
    ("生活垃圾无害化处置率", "ratio", "%", "garbage_treatment_rate"),  # 广州 2026
    ("设市城市生活污水集中收集率", "ratio", "%", "sewage_collection_rate"),  # 福建 2025
    ("市区机械化清扫率", "ratio", "%", "road_mechanised_cleaning_rate"),  # 沧州 2020
    ("城市用水普及率", "ratio", "%", "water_supply_coverage"),  # 玉林 2020
    ("常住居民电子健康档案建档率", "ratio", "%", "health_records_rate"),  # 乌鲁木齐 2024
    ("失能半失能特困人员集中供养率", "ratio", "%", "disabled_destitute_central_care"),  # 临沂
    # trade with a group of partners: a part of foreign trade, a key of its own (growth6)
    ("对“一带一路”沿线国家和地区进出口", "growth", "%", "belt_road_trade_growth"),  # 安徽 2020
    ("同“一带一路”沿线国家贸易额", "amount", "元", "belt_road_trade"),  # 甘肃 2018: 达135亿元
    ("面向“一带一路”国家进出口", "growth", "%", "belt_road_trade_growth"),  # 大连 2020
    ("共建“一带一路”国家和地区贸易额", "growth", "%", "belt_road_trade_growth"),  # 福建 2020
    ("对俄进出口总额", "growth", "%", "russia_trade_growth"),  # 哈尔滨 2023, 黑龙江 2014
    ("对俄外贸进出口总额", "growth", "%", "russia_trade_growth"),  # 黑龙江 2023
    ("对俄进出口额", "amount", "美元", "russia_trade"),  # 黑龙江 2012: 实现185亿美元
    # the investment by type of construction of the statistics until 2010 (贵阳 2005: 其中：基本建设
    # 投资完成127亿元，增长18.4%；更新改造投资完成59亿元，增长10%)
    ("基本建设投资", "growth", "%", "capital_construction_investment_growth"),
    ("更新改造投资", "growth", "%", "renewal_investment_growth"),
    ("更新改造投资", "amount", "元", "renewal_investment"),  # 内蒙古 1999
    ("涉农贷款余额", "growth", "%", "agri_loans_growth"),  # 黑龙江 2016, 那曲 2023
    ("涉农贷款", "growth", "%", "agri_loans_growth"),  # 佳木斯 2016
    ("绿色贷款余额", "amount", "元", "green_loans"),  # 威海 2021: 248.7亿元，增长82.5%
    ("绿色贷款", "growth", "%", "green_loans_growth"),  # 芜湖 2025
    ("调入内资", "growth", "%", "domestic_capital_inflow_growth"),  # 沈阳 2011, 2012
    ("实际使用内资", "growth", "%", "domestic_capital_inflow_growth"),  # 西安 2024
    ("贸易进出口总额", "growth", "%", "foreign_trade_growth"),  # 石嘴山 2022
    ("全域旅游人次", "growth", "%", "tourist_arrivals_growth"),  # 绍兴 2025, 杭州 2026
    ("提高城市低保标准", "growth", "%", "urban_minimum_living_allowance_growth"),  # 兰州 2016
    ("提高农村低保标准", "growth", "%", "rural_minimum_living_allowance_growth"),  # 兰州 2017
    ("城镇低保月保障标准", "growth", "%", "urban_minimum_living_allowance_growth"),  # 长春 2012
    ("农村低保年保障标准", "amount", "元", "rural_minimum_living_allowance"),  # 长春 2012
    ("最低月工资标准", "growth", "%", "minimum_wage_growth"),  # 成都 2015
    ("对外实际投资", "growth", "%", "outward_investment_growth"),  # 山东 2016
    ("境外实际投资额", "amount", "美元", "outward_investment"),  # 苏州 2016
    ("接待境外游客", "count", "人次", "inbound_tourism"),  # 陕西 2004
    ("全社会研究与试验发展（R&D）经费投入", "growth", "%", "rd_expenditure_growth"),  # 海口 2023
    ("研发（R&D）经费", "growth", "%", "rd_expenditure_growth"),  # 广西 2023
    # local names of existing statistics (growth6), each quoted from its report
    ("金融行业增加值", "growth", "%", "finance_value_added_growth"),  # 双鸭山 2015
    ("装备制造业完成工业增加值", "growth", "%", "equipment_manufacturing_growth"),  # 佛山 2016
    ("一般公共预算地方收入", "growth", "%", "general_budget_revenue_growth"),  # 岳阳 2022
    ("软件产业实现业务收入", "growth", "%", "software_revenue_growth"),  # 西安 2015
    ("规上高新技术产业产值", "growth", "%", "high_tech_output_growth"),  # 泉州 2020
    ("战略新兴产业实现增加值", "growth", "%", "strategic_emerging_growth"),  # 石家庄 2012
    ("规上服务业营收", "growth", "%", "services_revenue_growth"),  # 江苏 2026
    ("到账外资", "growth", "%", "utilised_foreign_capital_growth"),  # 潍坊 2021
    ("利用市外境内资金", "growth", "%", "domestic_capital_inflow_growth"),  # 荆门 2016
    ("银行贷款余额", "growth", "%", "loans_growth"),  # 湖州 2024
    ("群众信访总量", "growth", "%", "petitions"),  # 东莞 2012, 长春 2013
    ("申请专利量", "growth", "%", "patent_applications_growth"),  # 四川 2017
    ("脱贫人口收入", "growth", "%", "poverty_exited_income_growth"),  # 西宁 2024
    ("退休职工人均养老金", "growth", "%", "pension_increase"),  # 徐州 2016
    # 四川 2017: 规模以上工业增加值增长8.5%，工业利润增长29% (profits are measured on those firms)
    ("工业利润", "growth", "%", "industrial_profit_growth"),
    ("生产总值综合能耗", "growth", "%", "energy_intensity"),  # 江西 2007: 全省…下降4%
    ("初步核算全市生产总值", "growth", "%", "gdp_growth"),  # 东莞 2016
    ("国内生产总值初步核算", "amount", "元", "gdp"),  # 烟台 2004: …初步核算为1316…亿元
    ("确定经济", "growth", "%", "gdp_growth"),  # 梧州 2023: 确定经济增长7%左右的预期目标
    ("提出地方财政一般预算收入", "growth", "%", "general_budget_revenue_growth"),  # 新疆 2009
    ("城市低保", "growth", "%", "urban_minimum_living_allowance_growth"),  # 大连 2014: 城乡低保分别
    ("国内游客", "growth", "%", "domestic_tourist_arrivals_growth"),  # 大连 2026
    ("海外游客人次", "growth", "%", "inbound_tourism_growth"),  # 武汉 2010
    ("主要污染物平均减排", "growth", "%", "major_pollutants_reduction"),  # 大连 2014
    ("工业投入", "growth", "%", "industrial_investment_growth"),  # 无锡 2019: 其中工业投入增长10.5%
    ("商事主体总量", "growth", "%", "market_entities_growth"),  # 深圳 2021
    ("国际旅游收入", "growth", "%", "tourism_forex_growth"),  # 杭州 2026
    # keys of growth6: the growth of a level key, and statistics the table did not have
    ("高速公路通车里程", "growth", "%", "expressway_mileage_growth"),  # 广州 2026: 比2020年增长18%
    ("城镇新增就业", "growth", "%", "urban_new_jobs_growth"),  # 海南 2021: 61.6万人、增长29.2%
    ("生产安全死亡事故起数", "growth", "%", "work_safety_fatal_accidents_growth"),  # 北京 2021
    ("亡人事故起数", "growth", "%", "work_safety_fatal_accidents_growth"),  # 山西 2020
    ("二氧化硫年均浓度", "growth", "%", "so2_concentration_growth"),  # 佛山 2017
    ("NO_2浓度", "growth", "%", "no2_concentration_growth"),  # 临沂 2021
    ("臭氧浓度", "growth", "%", "ozone_concentration_growth"),  # 杭州 2021
    ("中欧班列开行量", "growth", "%", "china_europe_trains_growth"),  # 南京 2024, 无锡 2025
    ("粮食平均亩产", "growth", "%", "grain_yield_growth"),  # 丹东 2021
    ("私营企业户数", "growth", "%", "private_enterprises_growth"),  # 吉林 2017
    ("交通运输货物周转量", "growth", "%", "freight_turnover_growth"),  # 海口 2023
    # shares and proportions (round 6)
    ("非公有制经济占国民经济的比重", "ratio", "%", "gdp_share_private"),  # 甘肃 2002
    ("个私经济增加值占GDP比重", "ratio", "%", "gdp_share_private"),  # 南昌 2005
    ("民营经济在经济总量中的比重", "ratio", "%", "gdp_share_private"),  # 福州 2007
    ("主要河流水质优良比例", "ratio", "%", "water_quality_ratio"),  # 大连 2020
    ("县控以上断面I-III类水比例", "ratio", "%", "water_quality_ratio"),  # 绍兴 2025
    ("水环境国考断面优Ⅲ类比例", "ratio", "%", "water_quality_ratio"),  # 江苏 2021
    ("工业经济占经济总量的比重", "ratio", "%", "industrialisation_rate"),  # 铜仁 2014
    ("工业比重", "ratio", "%", "industrialisation_rate"),  # 济南 2006
    ("第一产业占比", "ratio", "%", "primary_share"),  # 克拉玛依 2020
    ("畜牧业产值占农业比重", "ratio", "%", "livestock_share_agri"),  # 沈阳 2011
    ("畜牧业产值占农牧业总产值的比重", "ratio", "%", "livestock_share_agri"),  # 乌兰察布 2014
    ("市级重点项目投资占年计划", "ratio", "%", "key_projects_investment_completion"),  # 西安 2015
    ("年度在建重点项目投资占年度投资计划", "ratio", "%", "key_projects_investment_completion"),
    ("“最多跑一次”事项占比", "ratio", "%", "one_visit_services_share"),  # 云浮 2023
    ("“一趟不用跑”和“最多跑一趟”事项比例", "ratio", "%", "one_visit_services_share"),  # 三明 2023
    # 宜春 2021
    ("依申请政务服务事项“一次不跑”或“只跑一次”比例", "ratio", "%", "one_visit_services_share"),
    ("房地产业投资占固定资产投资比重", "ratio", "%", "real_estate_investment_share"),  # 三亚 2022
    ("财政用于民生的支出占总支出", "ratio", "%", "livelihood_expenditure_share"),  # 平凉 2020
    ("民生支出", "ratio", "%", "livelihood_expenditure_share"),  # 恩施 2014: 民生支出占83.5%
    ("财政用于民生的比例", "ratio", "%", "livelihood_expenditure_share"),  # 广东 2023
    ("工业投资比重", "ratio", "%", "industrial_investment_share"),  # 中山 2021
    ("高技术制造业占规模以上工业增加值比重", "ratio", "%", "high_tech_manufacturing_share"),  # 佛山
    ("现代服务业增加值占第三产业增加值比重", "ratio", "%", "modern_services_share"),  # 广州 2026
    ("工业技改投资占工业总投资", "ratio", "%", "technical_renovation_share"),  # 合肥 2010
    # a cut written as a share: 行政审批事项精简64.6% (厦门 2016), 精简率 (唐山 2016), 精简幅度 (徐州 2016)
    ("行政审批事项精简", "ratio", "%", "approval_items_change"),
    ("市本级行政审批事项精简率", "ratio", "%", "approval_items_change"),
    ("市级行政审批项目精简幅度", "ratio", "%", "approval_items_change"),
    ("会议精简", "ratio", "%", "meetings_change"),  # 桂林 2020
    ("新增财力用于民生", "ratio", "%", "new_resources_livelihood_share"),  # 西安 2014
    ("实现网上办理的审批服务事项", "ratio", "%", "online_services_rate"),  # 厦门 2021
    ("“全程网办”事项", "ratio", "%", "online_services_full_rate"),  # 贵阳 2022
    ("实现“最多跑一次”的行政审批事项", "ratio", "%", "one_visit_services_share"),  # 泸州 2021
    ("“最多跑一次”事项", "ratio", "%", "one_visit_services_share"),  # 辽源 2021
    ("财力用于改善民生", "ratio", "%", "livelihood_share_of_resources"),  # 宁夏 2015
    # growth7: local names of growth rows given to their level rows, and names of growth rows
    ("申请专利", "count", "件", "patent_applications"),  # 昆明 2007 全年申请专利1946件
    ("授权专利", "count", "件", "patent_grants"),  # 泉州 2015 授权专利11456件
    ("新增授权发明专利", "count", "件", "invention_patent_grants"),  # 浙江 2018
    ("每万人有效发明专利拥有量", "count", "件", "invention_patents_per_10k"),  # 南昌 2019
    ("每万人拥有发明专利", "growth", "%", "invention_patents_per_10k_growth"),  # 福建 2020
    ("旅游接待", "count", "人次", "tourist_arrivals"),  # 江西 2012 全省旅游接待1.6亿人次
    ("游客总数", "count", "人次", "tourist_arrivals"),  # 大连 2020 游客总数突破1亿人次
    ("新设市场主体", "count", "户", "new_market_entities"),  # 甘肃 2022 新设市场主体30.98万户
    ("新设经营主体", "count", "户", "new_market_entities"),  # 苏州 2024
    ("国家高新技术企业数量", "count", "家", "high_tech_enterprises"),  # 天津 2023
    ("肉类总产", "amount", "吨", "meat_output"),  # 湖北 2009 肉类总产339万吨
    ("引进国内资金", "amount", "元", "domestic_capital_inflow"),  # 烟台 2004
    ("城乡居民储蓄年末余额", "amount", "元", "household_savings"),  # 菏泽 2024
    ("公共财政预算总收入", "growth", "%", "fiscal_revenue_growth"),  # 红河 2014 (其中，地方…)
    ("公共财政预算总收入", "amount", "元", "fiscal_revenue"),  # 株洲 2014
    ("一般预算全口径财政收入", "growth", "%", "fiscal_revenue_growth"),  # 吉林 2004
    ("海港货物吞吐量", "growth", "%", "port_throughput_growth"),  # 大连 2020
    ("规上固定资产投资", "growth", "%", "fixed_asset_investment_growth"),  # 红河 2016
    ("金融机构本外币贷款规模", "amount", "元", "loans"),  # 惠州 2024 存贷款规模分别为
    ("金融机构贷款规模", "growth", "%", "loans_growth"),  # 张家界 2014
    ("新增贷款规模", "growth", "%", "new_loans_growth"),  # 海南 1995
    ("新登记企业数量", "growth", "%", "new_enterprises_growth"),  # 通化 2024 (subsets9)
    ("全体居民收入", "growth", "%", "resident_income_growth"),  # 株洲 2016
    ("引进外资", "growth", "%", "utilised_foreign_capital_growth"),  # 长沙 2010, 云南 2011
    ("刑事发案量", "growth", "%", "crime_rate"),  # 邯郸 2023
    ("单位生产总值二氧化碳排放强度", "growth", "%", "carbon_intensity"),  # 汉中 2023
    ("出口商品总值", "growth", "%", "exports_growth"),  # 泉州 2004 (海关口径)
    # the units above the quota (限额以上/限上单位): a part of retail sales with keys of its own
    (
        "限额以上单位网上零售额",
        "growth",
        "%",
        "online_retail_sales_above_quota_growth",
    ),  # 沈阳 2023
    ("限上企业网络零售额", "growth", "%", "online_retail_sales_above_quota_growth"),  # 湖北 2022
    ("限额以上消费品零售额", "growth", "%", "retail_sales_above_quota_growth"),  # 运城 2021
    ("限额以上企业消费品零售总额", "amount", "元", "retail_sales_above_quota"),  # 南宁 2014
    ("市本级政府系统发文精简", "ratio", "%", "documents_change"),  # 海口 2025
    ("和美乡村覆盖率", "ratio", "%", "harmonious_village_coverage"),  # 浙江 2026, 杭州 2026
    ("优良天数达标率", "ratio", "%", "air_quality_ratio"),  # 七台河 2022
    ("空气质量优良天数达标率", "ratio", "%", "air_quality_ratio"),  # 荆州 2021
    ("行政村生活垃圾收运处理率", "ratio", "%", "rural_garbage_treatment_rate"),  # 铜川 2023
    (
        "离校未就业高校毕业生帮扶就业率",
        "ratio",
        "%",
        "unemployed_graduates_employment_rate",
    ),  # 吴忠
    ("2023届离校未就业高校毕业生就业率", "ratio", "%", "unemployed_graduates_employment_rate"),
    ("城市燃气气化率", "ratio", "%", "gas_penetration"),  # 贵阳 2006
    ("医疗保险的参保率", "ratio", "%", "medical_insurance_participation"),  # 杭州 2018
    ("基本医疗保险参保覆盖率", "ratio", "%", "medical_insurance_participation"),  # 巴中 2023
    ("医保全民参保覆盖率", "ratio", "%", "medical_insurance_participation"),  # 宿迁 2025
    # shares7: shares whose numerator and base are both written
    ("高新技术产业增加值占工业的比重", "ratio", "%", "high_tech_share"),  # 鹤壁 2021
    ("高新技术产业工业产值占全部工业总产值的比重", "ratio", "%", "high_tech_share"),  # 福州 2007
    ("规上高新技术产业产值占比", "ratio", "%", "high_tech_share"),  # 淄博 2023
    ("制造业占工业的比重", "ratio", "%", "manufacturing_share_industry"),  # 许昌 2021
    ("制造业增加值占规模以上工业增加值比重", "ratio", "%", "manufacturing_share_industry"),  # 太原
    ("金融占服务业比重", "ratio", "%", "finance_share_services"),  # 银川 2017
    ("工业税收占税收总额", "ratio", "%", "industrial_tax_share"),  # 本溪 2021
    ("服务业税收占全部税收的比重", "ratio", "%", "services_tax_share"),  # 襄阳 2014
    ("新能源和可再生能源装机占总装机", "ratio", "%", "clean_power_share"),  # 黑龙江 2023
    ("农业适度规模经营比重", "ratio", "%", "land_scale_operation_rate"),  # 苏州 2017
    ("有研发活动的规上工业企业占比", "ratio", "%", "firms_rd_activity_rate"),  # 定西 2025
    ("服务业固定资产投资占固定资产投资比重", "ratio", "%", "services_investment_share"),  # 枣庄
    ("制造业投资占工业投资比重", "ratio", "%", "manufacturing_investment_share_industry"),  # 西安
    ("全口径财政收入占GDP比重", "ratio", "%", "fiscal_revenue_share_gdp"),  # 吉林市 2021
    ("非煤产业增加值占规模以上工业增加值比重", "ratio", "%", "non_coal_industry_share"),  # 鄂尔多斯
    ("非煤产业投资占工业总投资", "ratio", "%", "non_coal_investment_share"),  # 鄂尔多斯 2016
    ("制造业实际利用外资占比", "ratio", "%", "manufacturing_fdi_share"),  # 杭州 2026
    ("服务业利用外资占比", "ratio", "%", "services_fdi_share"),  # 南通 2014
    ("文化和创意产业增加值占地区生产总值的比重", "ratio", "%", "cultural_creative_share"),  # 湖南
    ("财政性教育经费支出占地区生产总值", "ratio", "%", "education_spending_share_gdp"),  # 湖北 2012
    ("高新技术产品出口占出口总额", "ratio", "%", "high_tech_export_share"),  # 辽宁 2001
    ("建制村通客车", "ratio", "%", "village_bus_access"),  # 山西 2007: 89%的建制村通客车
    ("行政村通了沥青水泥路", "ratio", "%", "village_road_access"),  # 恩施 2016
    ("比例压减一般性支出", "ratio", "%", "general_expenditure_change"),  # 辽宁 2019
    ("市级行政审批项目缩减", "ratio", "%", "approval_items_change"),  # 乌鲁木齐 2017
    ("税收收入占财政总收入比重", "ratio", "%", "tax_share_total_revenue"),  # 抚州 2014
    ("市州城市空气质量平均优良天数比例", "ratio", "%", "air_quality_ratio"),  # 湖南 2018
    ("物流总费用占地区生产总值比重", "ratio", "%", "logistics_cost_ratio"),  # 深圳 2026
    ("海洋经济增加值占生产总值比重", "ratio", "%", "marine_gdp_share"),  # 青岛 2012
    ("旅游业增加值占地区生产总值比重", "ratio", "%", "tourism_value_added_share_gdp"),  # 海南
    ("清洁能源消费占一次能源消费比重", "ratio", "%", "clean_energy_consumption_share"),  # 深圳
    ("一般公共预算收入占GDP的比重", "ratio", "%", "general_budget_revenue_share_gdp"),  # 石家庄
    ("科技支出占财政支出的比重", "ratio", "%", "science_expenditure_share"),  # 淮南 2014
    ("数字经济总量占地区生产总值比重", "ratio", "%", "digital_economy_share"),  # 永州 2022
    ("一般贸易占出口总值比重", "ratio", "%", "general_trade_exports_share"),  # 佛山 2016
    ("工业投资占固投比重", "ratio", "%", "industrial_investment_share"),  # 黔南 2023
    ("公共财政预算收入占全部财政收入比重", "ratio", "%", "general_budget_revenue_share_total"),
    ("技改投资占工业固定资产投资的比重", "ratio", "%", "technical_renovation_share"),  # 淄博 2014
    ("公立幼儿园在园人数占比", "ratio", "%", "public_kindergarten_share"),  # 自贡 2021
    ("全社会研发投入比重", "ratio", "%", "rd_intensity"),  # 大庆 2022
    ("居民在基层就诊比例", "ratio", "%", "primary_care_visit_share"),  # 无锡 2014
    ("装配式建筑比例", "ratio", "%", "prefab_building_share"),  # 淮南 2023
    ("通客车行政村占比", "ratio", "%", "village_bus_access"),  # 成都 2019
    ("税收收入比重", "ratio", "%", "tax_share"),  # 海口 2010
    ("全部财政收入中税收占比", "ratio", "%", "tax_share_total_revenue"),  # 邯郸 2014
    (
        "进城务工人员随迁子女入读公办学校的比例",
        "ratio",
        "%",
        "migrant_children_public_school_share",
    ),
    ("市区海绵城市达标面积占比", "ratio", "%", "sponge_city_share"),  # 吴忠 2025
    ("民办义务教育学位占比", "ratio", "%", "private_compulsory_education_share"),  # 海口 2023
    ("主城区绿色出行比例", "ratio", "%", "green_travel_share"),  # 杭州 2026
    # shares7, round 7: within-policy inpatient reimbursement of each medical scheme
    (
        "城镇职工基本医疗保险政策范围内住院费用报销比例",
        "ratio",
        "%",
        "employee_medical_reimbursement",
    ),
    ("城镇职工医保政策内报销比例", "ratio", "%", "employee_medical_reimbursement"),  # 阜新 2014
    (
        "城镇居民医保政策范围内的住院平均报销比例",
        "ratio",
        "%",
        "urban_resident_medical_reimbursement",
    ),
    ("城镇居民基本医疗保险政策性支付比例", "ratio", "%", "urban_resident_medical_reimbursement"),
    ("城乡居民政策内住院费用平均报销比例", "ratio", "%", "resident_medical_reimbursement"),
    (
        "城乡居民医保住院医疗费政策报销比例",
        "ratio",
        "%",
        "resident_medical_reimbursement",
    ),  # 云浮 2015
    ("新经济增加值占地区生产总值比重", "ratio", "%", "new_economy_3n_share"),  # 广东 2019
    ("“三新”经济占地区生产总值的比重", "ratio", "%", "new_economy_3n_share"),  # 湖南 2019
    ("“四新”经济占比", "ratio", "%", "new_economy_share"),  # 山东's own measure, kept apart
    ("二产占GDP比重", "ratio", "%", "secondary_share"),  # 深圳 2019
    ("实际使用外资占全省比重", "ratio", "%", "fdi_share_of_province"),  # 海口 2024
    ("人均地区生产总值相当于全国平均水平", "ratio", "%", "gdp_per_capita_vs_nation"),
    ("煤炭消费比重", "ratio", "%", "coal_consumption_share"),  # 兰州 2016
    ("研发经费投入强度占比", "ratio", "%", "rd_intensity"),  # 武汉 2026
    ("提出到2020年研发经费占生产总值比重", "ratio", "%", "rd_intensity"),  # 兰州 2016
    ("三产比重", "ratio", "%", "tertiary_share"),
    ("植被覆盖度", "ratio", "%", "vegetation_coverage"),  # 陕西 2011
    ("全市工业集中度", "ratio", "%", "industrial_concentration"),  # 乐山 2019
    ("城市居民恩格尔系数", "ratio", "%", "urban_engel_coefficient"),  # 济南 2006
    # all residents', urban and rural apart (communiqués 2002, 2016-2025)
    ("全国居民恩格尔系数", "ratio", "%", "engel_coefficient"),
    ("农村居民家庭恩格尔系数", "ratio", "%", "rural_engel_coefficient"),
    ("城镇恩格尔系数", "ratio", "%", "urban_engel_coefficient"),
    ("二是服务业占比", "ratio", "%", "tertiary_share"),  # 锦州 2014: a point of a list
    ("即城镇登记失业率", "ratio", "%", "registered_unemployment"),  # 兰州 2011
    ("每年财政支出用于改善民生", "ratio", "%", "livelihood_expenditure_share"),  # 海南 2016
    # growth7 (round 7): the growth of counts (the stock and the year's additions apart), of named
    # industries of the whole place, of Taiwanese capital, and two words after the statistic
    ("科技型中小企业", "growth", "%", "tech_smes_growth"),  # 阜新 2023 分别增长48.8%
    ("评价入库科技型中小企业", "growth", "%", "tech_smes_growth"),  # 汉中 2023 348家、增长65%
    ("科技型中小企业数量", "growth", "%", "tech_smes_growth"),  # 西藏 2022 分别增长…127%
    ("新认定国家科技型中小企业", "growth", "%", "new_tech_smes_growth"),  # 乌鲁木齐 2024
    # the year's new certificates grew: the additions' growth, not the stock's (high_tech_…)
    ("新认定高新技术企业", "growth", "%", "new_high_tech_enterprises_growth"),  # 大连 2023
    ("全市新增高新技术企业", "growth", "%", "new_high_tech_enterprises_growth"),  # 鞍山 2016
    ("新增规上工业企业", "growth", "%", "new_above_scale_firms_growth"),  # 海口 2025 40家、增长60%
    ("新入库“四上企业”", "growth", "%", "new_four_above_firms_growth"),  # 长春 2022
    (
        "规上工业企业数量",
        "growth",
        "%",
        "above_scale_firms_growth",
    ),  # 山西 2021 增长40.4%、达到5400户
    ("粮食种植面积", "growth", "%", "grain_area_growth"),  # 甘南 2023 面积、产量分别提高3.6%和5.7%
    ("实际利用台资", "growth", "%", "utilised_taiwan_capital_growth"),  # 福建 2008 增长28.3%
    ("实际使用台资", "amount", "美元", "utilised_taiwan_capital"),  # 漳州 2024 2.2亿美元
    ("合同使用台资", "growth", "%", "contracted_taiwan_capital_growth"),  # 厦门 2021 增长88.1%
    ("电子信息产业产值", "growth", "%", "electronic_info_industry_output_growth"),  # 来宾 2023
    (
        "电子信息产业增加值",
        "growth",
        "%",
        "electronic_info_industry_value_added_growth",
    ),  # 郑州 2026
    ("规模以上电子信息制造业总产值", "growth", "%", "electronics_manufacturing_output_growth"),
    (
        "电子信息制造业增加值",
        "growth",
        "%",
        "electronics_manufacturing_value_added_growth",
    ),  # 贵州 2019
    ("汽车产业增加值", "growth", "%", "auto_industry_value_added_growth"),  # 重庆 2021 增长10.1%
    ("生物医药产业增加值", "growth", "%", "biomedicine_value_added_growth"),  # 玉溪 2023 增长23%
    ("医药制造业产值", "growth", "%", "pharma_output_growth"),  # 亳州 2022 增长20%以上
    ("全市医药制造业增加值", "growth", "%", "pharma_value_added_growth"),  # 定西 2025 增长18.4%
    ("体育产业增加值", "growth", "%", "sports_industry_value_added_growth"),  # 深圳 2026 增长12.5%
    ("体育产业增加值", "amount", "元", "sports_industry_value_added"),  # 深圳 2026 突破1000亿元
    ("万元生产总值能耗可望", "growth", "%", "energy_intensity"),  # 广西 2009 可望降低3.5％
    ("实际利用外资按历史可比口径", "growth", "%", "utilised_foreign_capital_growth"),  # 福州 2007
    # 战新 = 战略性新兴 (合肥 2021 战新产业增加值增长16.4%; 淮南 2023 战新产业产值增长15%以上);
    # 新兴产业 alone is a set of the report's own, not the statistic
    ("战新产业增加值", "growth", "%", "strategic_emerging_growth"),
    ("战新产业产值", "growth", "%", "strategic_emerging_output_growth"),
    # shares8: more wordings of shares in the table, and one new key
    ("高新技术产品产值占比", "ratio", "%", "high_tech_products_share"),  # 沈阳 2018 从41%提高到55%
    # 营口 2014 达40%: value added, not the output share
    (
        "高新技术产品增加值占规模以上工业增加值比重",
        "ratio",
        "%",
        "high_tech_products_va_share",
    ),
    ("国、省考断面水质优Ⅲ类比例", "ratio", "%", "water_quality_ratio"),  # 镇江 2025 保持100%
    ("公办和普惠性民办幼儿园占比", "ratio", "%", "inclusive_kindergarten_coverage"),  # 广州 2016
    ("普惠性幼儿园比例", "ratio", "%", "inclusive_kindergarten_coverage"),  # 泰安 2020 达到93%
    ("涉及民生的财政支出占总支出", "ratio", "%", "livelihood_expenditure_share"),  # 郴州 2014
    # 汕头 2021 全市十类民生支出占一般公共预算支出比重达76.2% (a place's list of livelihood spending)
    ("十类民生支出占一般公共预算支出比重", "ratio", "%", "livelihood_expenditure_share"),
    # 贵阳 2021 20%以上的城市建成区达到海绵城市标准
    ("达到海绵城市标准的城市建成区", "ratio", "%", "sponge_city_share"),
    ("建成区海绵化面积", "ratio", "%", "sponge_city_share"),  # 银川 2022 达到28%
    ("金融业在经济总量中占比", "ratio", "%", "finance_share"),  # 乌鲁木齐 2024 达15.4%
    ("第三产业的增加值占国内生产总值", "ratio", "%", "tertiary_share"),  # 大连 2001 的48%以上
    ("文化产业增加值占到全区生产总值", "ratio", "%", "culture_industry_share"),  # 宁夏 2013 的4%
    # 周口 2014 占公共财政支出的26.3%
    ("财政预算安排教育支出占公共财政支出", "ratio", "%", "education_expenditure_share"),
    # 绵阳 2022 达到46%; 陕西 2026 工业增加值增长6.5％，工业中战略性新兴产业占比30％以上
    (
        "规上战略性新兴产业产值占规上工业总产值比重",
        "ratio",
        "%",
        "strategic_emerging_share",
    ),
    ("工业中战略性新兴产业占比", "ratio", "%", "strategic_emerging_share"),
    ("非公有制经济在全省经济中的比重", "ratio", "%", "gdp_share_private"),  # 云南 2005 34.5%
    ("民资投资占固定资产投资比重", "ratio", "%", "private_investment_share"),  # 江门 2014
    ("各项税收占财政收入的比重", "ratio", "%", "tax_share"),  # 河南 2002 84.7%
    ("税收占地方一般公共预算收入比", "ratio", "%", "tax_share"),  # 长沙 2021 75%
    ("全社会研发投入占到全区生产总值", "ratio", "%", "rd_intensity"),  # 宁夏 2013 的1.8%以上
    ("研发投入占GDP比重（R&D）", "ratio", "%", "rd_intensity"),  # 红河 2016 达到1.5%
    ("企业研发投入占全社会研发投入比重", "ratio", "%", "firm_rd_share"),  # 深圳 2026 93%以上
    # 江西 2026 基础研究支出占全社会研发投入比重达7%
    ("基础研究支出占全社会研发投入比重", "ratio", "%", "basic_research_share"),
    ("规上工业研发费用占营收比重", "ratio", "%", "firm_rd_intensity"),  # 杭州 2026 突破4%
    ("按常住人口计算的全市城镇化水平", "ratio", "%", "urbanization_rate"),  # 重庆 2005 43.5%
    # 黄山 2022 坚持每年将财政支出八成以上投入民生; 海口 2023 把七成以上的财力向民生领域倾斜
    ("每年将财政支出投入民生", "ratio", "%", "livelihood_expenditure_share"),
    ("财力向民生领域倾斜", "ratio", "%", "livelihood_share_of_resources"),
    ("技能人才占从业人员比例", "ratio", "%", "skilled_workers_share"),  # 晋中 2023 达到33%
    ("技能人才数量占到劳动者总量", "ratio", "%", "skilled_workers_share"),  # 运城 2021 30%以上
    # ratio9b: more wordings of shares and ratios in the table
    ("民间投资所占比重", "ratio", "%", "private_investment_share"),  # 吉林 2014 力争…达到70%
    ("财政性民生支出占总支出", "ratio", "%", "livelihood_expenditure_share"),  # 九江 2016 79.4%
    # 西宁 2012 全年用于社会民生的投入占到财力总支出的80%以上
    ("用于社会民生的投入占到财力总支出", "ratio", "%", "livelihood_expenditure_share"),
    # 拉萨 2021 坚持把80%以上的财力投向民生领域
    ("财力投向民生领域", "ratio", "%", "livelihood_share_of_resources"),
    ("实到外资中服务业占比", "ratio", "%", "services_fdi_share"),  # 上海 2012 超过80%
    ("银行业存贷比", "ratio", "%", "loan_deposit_ratio"),  # 克州 2025 达89.77%
    ("银行业贷存比", "ratio", "%", "loan_deposit_ratio"),  # 晋城 2014 达51.1%
    ("余额贷存比", "ratio", "%", "loan_deposit_ratio"),  # 驻马店 2021 达到58.2% (of balances)
    # 漯河 2014 农村土地流转面积突破100万亩，占家庭联产承包经营总面积的43.7%
    ("农村土地流转面积占家庭联产承包经营总面积", "ratio", "%", "land_transfer_rate"),
    # 南平 2019 全市“一趟不用跑”和“最多跑一趟”审批服务事项占总事项数的93%以上
    (
        "“一趟不用跑”和“最多跑一趟”审批服务事项占总事项数",
        "ratio",
        "%",
        "one_visit_services_share",
    ),
    # 深圳 2019 实现新型公办园和普惠性民办园在园儿童占比80%左右
    (
        "新型公办园和普惠性民办园在园儿童占比",
        "ratio",
        "%",
        "inclusive_kindergarten_coverage",
    ),
    # ratio9a: 吐鲁番 2023 力争农产品加工率达到70%; 内蒙古 2009 农畜产品加工率达到63%
    ("农产品加工率", "ratio", "%", "agro_processing_rate"),
    ("农畜产品加工率", "ratio", "%", "agro_processing_rate"),
    # 佛山 2018 民营工业对全市工业增长贡献率81.6%
    ("民营工业对全市工业增长贡献率", "ratio", "%", "private_industry_contribution"),
    # 辽阳 2021 网上可办率100%，实际网办率40%; 上海 2022 实际办件网办率77%; 天津 2021 网上实办率达到98%
    ("实际网办率", "ratio", "%", "online_services_actual_rate"),
    ("实际办件网办率", "ratio", "%", "online_services_actual_rate"),
    ("政务服务事项网上实办率", "ratio", "%", "online_services_actual_rate"),
    ("政务事项网上可办率", "ratio", "%", "online_services_rate"),  # 陇南 2023 99.3%
    ("市县政务服务事项网上可办率", "ratio", "%", "online_services_rate"),  # 广安 2021 100%
    ("科技成果本地转化率", "ratio", "%", "tech_results_local_conversion_rate"),  # 沈阳 2023 48.6%
    ("全人群新冠疫苗接种率", "ratio", "%", "covid_vaccination_rate"),  # 贵州 2022 86.7%
    # 福建 2019 居家社区养老服务照料中心覆盖率由36.9%提高到80%，农村养老服务设施覆盖率由46.8%提高到53%
    ("居家社区养老服务照料中心覆盖率", "ratio", "%", "community_elderly_care_coverage"),
    ("居家和社区养老服务设施覆盖率", "ratio", "%", "community_elderly_care_coverage"),  # 宝鸡 2023
    ("三项医疗保险参保率", "ratio", "%", "medical_insurance_participation"),  # 云南 2016 98%
    # 黑龙江 2012 城镇职工和居民基本医疗保险参保率达到98%
    ("城镇职工和居民基本医疗保险参保率", "ratio", "%", "urban_medical_participation"),
    ("在宁高校毕业生去向落实率", "ratio", "%", "graduate_employment_rate"),  # 南京 2024 94%
    # 北京 2004 城镇登记失业率为1.43%，失业人员就业率达到68.1%
    ("失业人员就业率", "ratio", "%", "registered_unemployed_employment_rate"),
    ("城镇登记失业人员就业率", "ratio", "%", "registered_unemployed_employment_rate"),
    ("城区道路机扫率", "ratio", "%", "road_mechanised_cleaning_rate"),  # 南京 2015 达到80%
    ("卫生保洁机械化清扫率", "ratio", "%", "road_mechanised_cleaning_rate"),  # 衡水 2016
    ("农村有线电视入户率", "ratio", "%", "rural_cable_tv_household_rate"),  # 厦门 2016 99.9%
    ("小康指数", "ratio", "%", "xiaokang_progress"),  # 韶关 2016 小康指数达到 97%
    ("全面小康指数", "ratio", "%", "xiaokang_progress"),  # 海南 2021 超过98%
    ("小康社会2011年实现程度", "ratio", "%", "xiaokang_progress"),  # 西宁 2013 74.3%
    ("贫困率", "ratio", "%", "poverty_incidence"),  # 哈密 2016 贫困率由11.8%下降至3.65%
    ("农户入社率", "ratio", "%", "farm_household_coop_rate"),  # 宁夏 2013 农户入社率达到65%
    ("农业主推技术到位率", "ratio", "%", "agri_main_tech_adoption_rate"),  # 秦皇岛 2025 100%
    ("返贫致贫风险消除率", "ratio", "%", "poverty_risk_elimination_rate"),  # 郑州 2026 87.8%
    # shares9: villages' and townships' access (a standard statistic measured the same across places)
    ("行政村通光缆", "ratio", "%", "village_fibre_access"),  # 新疆 2017 实现75%行政村通光缆
    ("行政嘎查村通光纤宽带", "ratio", "%", "village_fibre_access"),  # 内蒙古 2019 98%以上
    ("行政村通光纤率", "ratio", "%", "village_fibre_access"),  # 恩施 2016 达98%
    ("行政村通宽带互联网", "ratio", "%", "village_broadband_access"),  # 云南 2016 100%
    ("行政村宽带通网率", "ratio", "%", "village_broadband_access"),  # 那曲 2023 98%以上
    ("村民组通硬化路", "ratio", "%", "village_group_road_access"),  # 贵州 2019 98%的村民组通硬化路
    ("村民小组通硬化路", "ratio", "%", "village_group_road_access"),  # 南昌 2021 100%
    ("乡镇通三级公路比例", "ratio", "%", "township_grade3_road_access"),  # 温州 2024 95%以上
    ("乡镇通三级以上公路", "ratio", "%", "township_grade3_road_access"),  # 广西 2023 97.6%的乡镇
    ("行政村通达快递服务", "ratio", "%", "village_express_access"),  # 河北 2022 99%的行政村
    ("快递服务建制村通达率", "ratio", "%", "village_express_access"),  # 来宾 2023 100％
    ("“快递进村”通达率", "ratio", "%", "village_express_access"),  # 内蒙古 2025 97%以上
    ("行政村通电率", "ratio", "%", "village_power_access"),  # 广西 2011 100%
    ("行政村通电话率", "ratio", "%", "village_phone_access"),  # 新疆 2006 96.8%
    # 新疆 2018 乡镇卫生院、村卫生室标准化率分别达到88%和84%; 常德 2021 …标准化建设达标率分别为97.6%、98.8%
    ("村卫生室标准化率", "ratio", "%", "village_clinic_standard_rate"),
    ("村卫生室标准化建设达标率", "ratio", "%", "village_clinic_standard_rate"),
    ("乡镇卫生院标准化率", "ratio", "%", "township_hospital_standard_rate"),
    ("社区卫生服务中心标准化率", "ratio", "%", "community_health_standard_rate"),  # 贵阳 2022 90%
    # shares9: more wordings of shares in the table
    # 江苏 2021 对“一带一路”沿线国家和地区出口占比由22.9%提高到26.9%
    ("对“一带一路”沿线国家和地区出口占比", "ratio", "%", "belt_road_exports_share"),
    ("对“一带一路”沿线国家和地区的出口比重", "ratio", "%", "belt_road_exports_share"),  # 苏州 2017
    # 佛山 2018 完成先进制造业总产值1.02万亿元…占规模以上工业总产值比重45.8%
    ("先进制造业总产值占规模以上工业总产值比重", "ratio", "%", "advanced_manufacturing_share"),
    ("先进制造业占工业增加值比重", "ratio", "%", "advanced_manufacturing_share"),  # 济南 2021 70%
    ("先进制造业产值占比", "ratio", "%", "advanced_manufacturing_share"),  # 海口 2024 79.1%
    ("基础研究经费占比", "ratio", "%", "basic_research_share"),  # 杭州 2026 突破10%
    ("城乡居民大病保险报销比例", "ratio", "%", "critical_illness_reimbursement"),  # 龙岩 2020 60%
    # 延边 2016 主要粮食作物耕种收综合机械化水平达到81%
    ("主要粮食作物耕种收综合机械化水平", "ratio", "%", "grain_mechanisation_rate"),
    ("主要粮食作物综合机械化水平", "ratio", "%", "grain_mechanisation_rate"),  # 延边 2016 80.2%
    ("主要农作物机械化水平", "ratio", "%", "farm_mechanisation_rate"),  # 银川 2014 达到91%
    ("农机化水平", "ratio", "%", "farm_mechanisation_rate"),  # 大理 2014 达47.5%
    ("公交在城市交通总出行中的比重", "ratio", "%", "public_transport_share"),  # 哈尔滨 2011
    # 吕梁 2016 全市适龄儿童在公立幼儿园和普惠性幼儿园入院的比例达到80%以上
    (
        "适龄儿童在公立幼儿园和普惠性幼儿园入院的比例",
        "ratio",
        "%",
        "inclusive_kindergarten_coverage",
    ),
    ("再生水利用比例", "ratio", "%", "reclaimed_water_rate"),  # 呼和浩特 2025 45%
    ("养老护理床位占比", "ratio", "%", "nursing_bed_share"),  # 无锡 2019 56%以上
    # shares9, second part
    (
        "生产服务业增加值占服务业增加值比重",
        "ratio",
        "%",
        "producer_services_share",
    ),  # 江苏 2012 40％
    ("河湖劣五类水体比例", "ratio", "%", "worse_than_v_water_share"),  # 吉林 2020 4.2%以下
    ("规上工业企业研发经费投入强度", "ratio", "%", "firm_rd_intensity"),  # 绵阳 2022 超过2.1%
    ("新能源电力装机占比", "ratio", "%", "new_energy_capacity_share"),  # 阳泉 2022 29%
    ("有研发活动企业占比", "ratio", "%", "firms_with_rd_share"),  # 淮安 2021 力争…50%
    ("有研发活动规上企业占比", "ratio", "%", "firms_with_rd_share"),  # 金华 2021 55%以上
    ("普惠托位占比", "ratio", "%", "inclusive_childcare_share"),  # 湖州 2024 88%以上
    ("普惠性托位数占总托位数", "ratio", "%", "inclusive_childcare_share"),  # 黔南 2023 20%以上
    ("对共建“一带一路”国家进出口占比", "ratio", "%", "belt_road_trade_share"),  # 江苏 2026 超50%
    # shares9, fourth part
    ("患者县域就诊比例", "ratio", "%", "county_visit_rate"),  # 辽源 2021 90%以上
    ("新能源占到电力总装机", "ratio", "%", "new_energy_capacity_share"),  # 宁夏 2016 的36%
    ("清洁电源占省内电源装机总容量", "ratio", "%", "clean_power_share"),  # 广东 2011 的34%
    # 黑龙江 2025 新能源和可再生能源累计建成装机占电力总装机57.6%
    ("新能源和可再生能源累计建成装机占电力总装机", "ratio", "%", "clean_power_share"),
    ("参加体育运动人口占总人口的比重", "ratio", "%", "sports_participation"),  # 辽宁 2001 50%
    # 漳州 2024 力争二级以上公立综合医院设置老年医学科比例达90%
    ("二级以上公立综合医院设置老年医学科比例", "ratio", "%", "geriatric_dept_share"),
    ("残疾人接受基本康复服务比例", "ratio", "%", "disabled_rehab_service_rate"),  # 湛江 2019
    # shares9, fifth part
    # 江苏 2026 服务性消费支出占居民人均消费支出比重达46.3%
    ("服务性消费支出占居民人均消费支出比重", "ratio", "%", "services_consumption_share"),
    ("工业制成品占出口产品比重", "ratio", "%", "manufactured_exports_share"),  # 山东 1998 72.3%
    ("中职学校“双师型”教师占比", "ratio", "%", "vocational_dual_teacher_share"),  # 广州 2026 80%
    # 内蒙古 1999 各类中等职业学校在校生占高中阶段在校生比例达到51.5%
    ("中等职业学校在校生占高中阶段在校生比例", "ratio", "%", "vocational_enrolment_share"),
    ("大专以上学历人口占人口比例", "ratio", "%", "college_educated_share"),  # 大连 2001 6.9%
    # shares9, sixth part
    ("海域优良水质面积比例", "ratio", "%", "coastal_water_quality"),  # 潍坊 2021 64.5%
    ("等级公路比重", "ratio", "%", "graded_road_share"),  # 荆门 2016 达到96%
    ("自然保护地面积占国土面积", "ratio", "%", "protected_area_share"),  # 日喀则 2023 23.5%以上
    ("划定生态保护红线占国土面积", "ratio", "%", "eco_redline_share"),  # 丽江 2021 的35.55%
    ("全程电子化登记比例", "ratio", "%", "business_e_registration_share"),  # 运城 2021 95%
    # 湖州 2024 全市政府采购面向中小企业份额达到74亿元，占政府采购总额的93%
    ("政府采购面向中小企业份额占政府采购总额", "ratio", "%", "sme_procurement_share"),
    ("中小学宽带网络接入比例", "ratio", "%", "school_broadband_access"),  # 黑河 2014 60%
    ("全程网办事项占比", "ratio", "%", "online_services_full_rate"),  # 随州 2022 超过90%
    ("政务服务事项网上可办率", "ratio", "%", "online_services_rate"),  # not 全程网办 (昆明 2024)
    ("网上申办事项占总事项", "ratio", "%", "online_services_rate"),  # 梅州 2014 的80.02%
    # shares9, eighth part: 天津 2006 进入农业产业化体系的农户达到70%; 成都 2013 …带动农户面达80%
    ("进入农业产业化体系的农户", "ratio", "%", "agri_industrialisation_household_share"),
    ("农业产业化经营带动农户面", "ratio", "%", "agri_industrialisation_household_share"),
    ("农业产业化农户覆盖率", "ratio", "%", "agri_industrialisation_household_share"),  # 武汉 2010
    # rates9: the grain crops' measure has its own key since rates8 (辽宁 2016 …达到78%以上)
    ("主要粮食作物生产综合机械化水平", "ratio", "%", "grain_mechanisation_rate"),
    # rates9: public buses (黄山 2022 高于60%), apart from any coach (通客车, village_bus_access)
    ("建制村公交通达率", "ratio", "%", "village_public_bus_access"),
    ("基本医保参保覆盖面", "ratio", "%", "medical_insurance_participation"),  # 保山 2023
    # rates9: 吴忠 2025 …社区日间照料机构（设施）覆盖率分别达到60%和90%以上
    ("社区日间照料机构（设施）覆盖率", "ratio", "%", "community_day_care_coverage"),
    # the poor and their places lifted out of poverty, the predicate kept after the noun
    # (phrases.noun_after): 黑龙江 2023, 拉萨 2021, 沧州 2020, 湖南 2019, 上饶 2021, 辽宁 2019
    ("贫困人口全部脱贫", "count", "人", "poverty_reduction"),
    ("建档立卡贫困群众全部脱贫", "count", "", "poverty_reduction"),
    ("贫困人口脱贫出列", "count", "", "poverty_reduction"),
    ("贫困人口全部退出", "count", "", "poverty_reduction"),
    ("贫困村脱贫出列", "count", "个", "poor_villages_exited"),
    ("贫困村全部脱贫", "count", "个", "poor_villages_exited"),
    ("贫困县脱贫摘帽", "count", "个", "poor_counties_exited"),
    ("省级贫困县摘帽", "count", "个", "poor_counties_exited"),
    # affordable rental housing, a kind of its own since 2021 (上海 2022, 天津 2026, 西安 2024,
    # 国家统计公报 2022)
    ("建设筹措保障性租赁住房", "count", "套", "affordable_rental_housing"),
    ("新筹集保障性租赁住房", "count", "套", "affordable_rental_housing"),
    ("保租房", "count", "套", "affordable_rental_housing"),
    ("保障性租赁住房开工建设和筹集", "count", "套", "affordable_rental_housing"),
    # the trade rows agree with each other: 海关 and 自营 for amounts and growth, exports and
    # imports (南昌 2011, 广州 2003, 江西 2007, 宁波 2011)
    ("海关出口总额", "amount", "美元", "exports"),
    ("海关出口总值", "growth", "%", "exports_growth"),
    ("海关外贸进出口总额", "amount", "美元", "foreign_trade"),
    ("自营进口", "growth", "%", "imports_growth"),
    ("商品进口总额", "amount", "美元", "imports"),
]

# phrases that name no statistic, or whose statistic the phrase alone cannot tell
NO_KEY_CASES = [
    # relative poverty (中山 2021) and the deepest-poor counties (毕节 2020) are other measures;
    # households are no head count
    ("相对贫困人口全部脱贫出列", "count", ""),
    ("深度贫困县全部摘帽", "count", "个"),
    ("贫困户全部脱贫", "count", "户"),
    # urban and rural together name neither
    ("城乡恩格尔系数", "ratio", "%"),
    # units delivered or allocated, and one group's, are not the year's affordable rental housing;
    # nor is it affordable_housing's total, of all kinds
    ("交付保障性租赁住房", "count", "套"),
    ("分配保障性租赁住房", "count", "套"),
    ("人才保障性租赁住房", "count", "套"),
    # (round 23's wordings stay narrow: the province's suggestions in a lower report, the
    # industry of the local firms beside the centre's (大庆: 中直 and 地方))
    ("省人大建议", "count", "件"),
    ("地方规上工业增加值", "growth", "%"),
    # (round 21's wordings stay narrow: a group's training, lines added and reorganised)
    ("农民工职业培训", "count", "人次"),
    ("新辟优化公交线路", "count", "条"),
    ("人均绿化面积", "amount", "平方米"),
    ("农机专业合作社", "count", "家"),
    ("合作社", "count", "家"),
    # a bare 先进产能占比 (阳泉 2022, after coal): the phrase does not say of which industry
    ("先进产能占比", "ratio", "%"),
    ("城镇", "growth", "%"),  # a list cut apart: 城镇、农村居民人均可支配收入分别增长
    ("增加值", "growth", "%"),  # whose value added?
    ("投资", "amount", "元"),  # a project's investment, not a statistic
    ("增加到", "amount", "元"),
    ("", "growth", "%"),
    # done in time is a narrower rate than done (邢台 2014 按时办结率均为100%)
    ("人大代表建议和政协提案按时办结率", "ratio", "%"),
    ("制造业增加值占地区生产总值比重", "growth", "%"),  # a share is a ratio, not a growth
    ("地区生产总值", "count", "人"),  # kind and unit must fit too
    ("城镇居民人均可支配收入和农民人均纯收入", "amount", "元"),  # two levels, never one
    ("城乡居民人均可支配收入", "amount", "元"),  # the all-residents' average or a list
    ("城乡居民收入差距", "growth", "%"),  # the gap, not the income
    ("城乡居民工资性收入", "growth", "%"),  # one source of income
    ("实际利用内外资", "growth", "%"),  # 分别增长15%和13%: two parts, split by the engine
    ("金融存贷款余额", "growth", "%"),  # 分别增长8.3%和4.4%: deposits, then loans
    ("城乡居民储蓄存款", "amount", "元"),  # 增加253.2亿元: most often the year's increase
    ("货物进出口整体通关时间", "growth", "%"),  # 分别压缩83.1%、96.5%: import and export
    ("进口和出口整体通关时间", "growth", "%"),  # a list
    ("新增就业岗位", "count", "人次"),
    ("城镇就业", "count", "人"),  # total employment, not new jobs
    ("现代服务业", "growth", "%"),  # 现代服务业和技术改造投资分别增长: value added or investment?
    ("国控、省控及以上断面Ⅰ—Ⅲ类水质比例", "ratio", "%"),  # two (分别达100%、96.9%)
    ("广播、电视覆盖率", "ratio", "%"),  # radio and television
    ("规模化养殖率", "ratio", "%"),  # of hogs, of cattle, …: which herd?
    ("市属国企资产总额和利润总额", "growth", "%"),  # two statistics
    (
        "刑事、治安案件",
        "growth",
        "%",
    ),  # a list: 分别下降6.6%、3.6%; only 刑事治安案件 is one figure
    ("财政一般预算总收入", "growth", "%"),  # the budget's total with transfers (收支平衡)
    ("国有企业利润", "growth", "%"),  # all state firms in the place, or the government's own?
    ("市区城镇居民人均可支配收入", "growth", "%"),  # a part of the place
    ("二氧化碳排放", "growth", "%"),  # after 单位GDP能耗、 it is the carbon intensity
    ("实际引进外资", "growth", "%"),  # 实际引进外资…，内资…，分别增长: a list of two
    ("规模以上工业企业", "growth", "%"),  # beside a growth rate often the firms' output (合肥 2010)
    ("“四上”企业", "growth", "%"),  # 培育“四上”企业159家，增长91.6% (汕尾 2021): added or kept
    ("生物医药产业产值", "growth", "%"),  # 锦州 2023: 锦州高新区要…, a zone's two clauses before
    ("新兴产业产值", "growth", "%"),  # 无锡 2014: 物联网、微电子…等新兴产业, a set of its own
    ("到位资金", "growth", "%"),  # bare: 招商引资, 省外, 上级 (积极向上争取，到位资金增长10%)
    ("普惠性和公办幼儿园在园幼儿占比", "ratio", "%"),  # 分别提高到90%、50%: two shares
    ("县级城市黑臭水体消除率", "ratio", "%"),  # the county-level cities only
    ("农村家庭宽带普及率", "ratio", "%"),  # rural households only
    ("畜禽规模养殖粪污综合利用率", "ratio", "%"),  # the large farms only
    ("生猪规模化养殖比重", "ratio", "%"),  # one herd
    ("重点企业产值增速", "growth", "%"),  # 增速 goes, the rest still names no statistic
    ("供电可靠率", "ratio", "%"),  # the city's grid or, in its sentence, the rural grid's
    ("管道燃气普及率", "ratio", "%"),  # piped gas only (城市燃气普及率96.8%，管道燃气普及率35%)
    ("家庭医生签约服务率", "ratio", "%"),  # often of the poor households only, in its sentence
    ("满意率", "ratio", "%"),  # of what? proposals, hotlines, services
    ("办结率", "ratio", "%"),  # petitions, hotlines, approvals, proposals
    ("回复率", "ratio", "%"),  # 网络问政 and mailboxes too
    ("市长信箱办结率", "ratio", "%"),  # a city's own channel
    ("群众满意率", "ratio", "%"),  # satisfaction with what the sentence says
    ("地方性法规草案、人大代表议案建议、政协提案满意率", "ratio", "%"),  # a run of two acts
    ("人大代表议案", "count", "件"),  # motions alone (苏州 2014 人大议案2件), not the suggestions
    ("人大议案", "count", "件"),
    (
        "航线",
        "count",
        "条",
    ),  # 重庆 2026 货运班轮开通13条航线; 南京 2026 低空…航线42条: not air routes
    ("城乡社区养老服务设施覆盖率", "ratio", "%"),  # 分别达到98%、86%: urban and rural
    ("道路完好率", "ratio", "%"),  # the city's roads or the villages'
    ("投资率", "ratio", "%"),  # capital formation or fixed-asset investment over GDP
    ("民生和社会事业投入占公共财政支出", "ratio", "%"),  # a wider base than livelihood
    ("县域生产总值对全市经济增长的贡献率", "ratio", "%"),  # the counties' share of growth
    ("土地流转面积占耕地总面积比重", "ratio", "%"),  # all farmland, not the contracted land
    ("参保率", "ratio", "%"),  # of which scheme?
    ("人均公用经费", "growth", "%"),  # per head, not the funds (日照 2021)
    ("前置审批事项", "growth", "%"),  # a part of the approval items (青岛 2016)
    ("会议费", "growth", "%"),  # the spending on meetings, not their number
    ("实际引进外资", "growth", "%"),  # 南昌 1999: …外资1.36亿美元，内资13.74亿元，分别增长
    ("新增注册企业", "count", "家"),  # in a free-trade zone's part (南京 2020)
    ("市外产业招商引资到位资金", "growth", "%"),  # the industrial part (保山 2023)
    ("增存", "amount", "元"),  # new deposits (泉州 2020), not the balance
    ("市财政用于民生支出", "growth", "%"),  # the city's own level, not the place's
    ("重点民生支出", "amount", "元"),  # a part of it (克拉玛依 2020)
    ("省财政对“三农”的投入", "growth", "%"),  # one level of government (四川 2004)
    ("“三农”资金", "amount", "元"),  # 海口 2006: 计划安排“三农”资金18亿元，占政府投资的6%
    ("12345热线接通率、回复率和满意率", "ratio", "%"),  # 秦皇岛 2025: three rates, one figure
    ("12345政务服务热线按期办结率", "ratio", "%"),  # done in time: narrower than done
    ("市长信箱受理群众来信来电办结率", "ratio", "%"),  # a mailbox, not a hotline (中卫 2016)
    ("农牧业综合机械化水平", "ratio", "%"),  # farming and herding, not the crops' measure
    ("县域生产总值占全省比重", "ratio", "%"),  # a part of the place
    ("茶叶出口额占全国比重", "ratio", "%"),  # one product's exports
    ("工业增加值占生产总值", "growth", "%"),  # a share is a ratio only
    ("中心城区公共交通机动化出行分担率", "ratio", "%"),  # of motorised trips only (昆明 2018)
    ("种植业绿色优质农产品面积比重", "ratio", "%"),  # by area, of crops (无锡 2019)
    ("首位度", "ratio", "%"),  # 铜仁 2024: the centre's share of the prefecture
    ("建筑执行绿色建筑标准比例", "ratio", "%"),  # applying the standard (郑州 2023)
    ("城镇居民参保率", "ratio", "%"),  # medical or pension?
    ("新农合市内住院实际报销比例", "ratio", "%"),  # the actual ratio (乌兰察布 2014)
    ("高新技术产业比重", "ratio", "%"),  # of GDP or of industry?
    ("高标准农田占永久基本农田比重", "ratio", "%"),  # another base
    ("工业税收占税收比重", "ratio", "%"),  # 河源 2014: a zone's taxes, named 工业 upstream
    ("县域经济占经济总量", "ratio", "%"),  # a part of the place
    ("县域经济占GDP比重", "ratio", "%"),  # a part over the whole (株洲 2016)
    ("装备制造业首位度", "ratio", "%"),  # 六安 2020
    ("地区生产总值占全区比重", "ratio", "%"),  # 全区: an autonomous region, or a district
    # rates, round 6: parts, other measures and other populations
    ("7区控规覆盖率", "ratio", "%"),  # 青岛 2005: seven districts
    ("重点区域控制性详规覆盖率", "ratio", "%"),  # 中卫 2016: some areas
    # 实际网办率 (辽阳 2021: handled online, beside 网上可办率, available) has its own key since ratio9a
    ("生活垃圾有效治理率", "ratio", "%"),  # 吉安 2025: of villages or of towns? bare
    ("苏州籍高校毕业生就业率", "ratio", "%"),  # graduates from one place only
    ("实名登记高校毕业生就业率", "ratio", "%"),  # 昆明 2018: the registered jobless graduates
    ("广播和电视人口覆盖率", "ratio", "%"),  # 云南 2010: 分别, radio and TV apart
    ("养老保险覆盖面", "ratio", "%"),  # 河北 2002: of 城镇企业职工 (a list's second item)
    ("基本医疗保险覆盖面", "ratio", "%"),  # 辽宁 2001 (employees only) or 鹰潭 2022 (all)
    ("学前一年毛入园率", "ratio", "%"),  # one year, not three
    ("乡镇区域性养老服务中心覆盖率", "ratio", "%"),  # 柳州 2023: townships alone
    ("30户以上自然村寨农村生活垃圾收运处置体系覆盖率", "ratio", "%"),  # natural villages
    ("集体土地确权发证率", "ratio", "%"),  # 宁德 2014: collective land, not contracts
    ("县城机械化清扫率", "ratio", "%"),  # 石家庄 2015: the counties' seats
    ("家庭医生签约服务率", "ratio", "%"),  # 贵港 2021: of poor households
    ("县级财政平均自给率", "ratio", "%"),  # the counties'
    ("对“一带一路”国家出口", "growth", "%"),  # exports only (东莞 2016), not the trade
    ("对“一带一路”沿线实际投资", "growth", "%"),  # investment abroad (山东 2018)
    ("对东盟、欧盟、美国及“一带一路”沿线国家进出口", "growth", "%"),  # a list (重庆 2021)
    ("新提高城乡低保标准", "growth", "%"),  # 兰州 2013: 15%和29%, the urban and the rural
    ("货物和服务进出口", "growth", "%"),  # 海口 2023: 均增长15%以上, each of the two
    ("对沿线国家进出口总额", "growth", "%"),  # which belt the report means is told upstream
    ("确定停车泊位", "count", "个"),  # 张家界 2014: 清理确定停车泊位 (designated), no reckoning
    ("旅游营业总收入", "growth", "%"),  # 广州 1999: …过夜旅游者…旅游营业总收入…分别增长: a list
    ("四上企业", "growth", "%"),  # 汕尾 2021: 培育“四上”企业159家，增长: the additions or the stock
    ("民营企业", "growth", "%"),  # 大连 2014: their exports; 白城 2016: their number
    ("年旅客吞吐量", "growth", "%"),  # an airport's, a port's or a station's
    ("普通道路交通死亡人数", "growth", "%"),  # ordinary roads only (温州 2024)
    ("乡村旅游收入", "growth", "%"),  # rural tourism only (合肥 2022)
    ("拉动全社会固定资产投资", "growth", "%"),  # the projects' own or the place's? (大连 2014)
    # 分别达93%、31.8%: two statistics side by side, the second needing no visit (福州 2019)
    ("市级审批服务事项“最多跑一趟”“一趟不用跑”占比", "ratio", "%"),
    ("“一趟不用跑”事项比例", "ratio", "%"),  # no visit at all, not at most one (福州 2020)
    ("长江干流重庆段水质优良比例", "ratio", "%"),  # one river
    ("养殖业在农业总产值中的比重", "ratio", "%"),  # 养殖业 holds aquaculture too (南昌 1999)
    # the province's list, not the place's (商丘 2014)
    ("省管重点项目投资占年度计划", "ratio", "%"),
    ("国控、省控断面水质优良比例", "ratio", "%"),  # two sets of sections (芜湖 2025)
    # disposable resources are another base (唐山 2014)
    ("市财政安排民生和社会事业资金占市本级可用财力", "ratio", "%"),
    ("前置审批事项精简", "ratio", "%"),  # a subset of the approval items (林芝 2023)
    # rules cleaned up, not documents issued (河池 2022)
    ("市政府层面规范性文件精简", "ratio", "%"),
    ("文件", "ratio", "%"),  # 精简会议20%、文件15.9%: a bare item of a list (本溪 2021)
    ("实现全程网办的个人事项", "ratio", "%"),  # the individuals' items only (池州 2021)
    # growth7: a pilot zone's new firms (济南 2022 自贸试验区济南片区…新增注册企业3.2万家)
    ("新增注册企业", "count", "家"),
    ("国家高新技术企业数", "count", "家"),  # 漳州 2024 力争申报国家高新技术企业数超400家
    ("城市低保", "amount", "元"),  # 南宁 2019 发放城市低保4050.3万元: the allowance paid
    ("普惠率", "ratio", "%"),  # of what? the sentence must name kindergartens (subjects.py)
    ("巴渝和美乡村建成率", "ratio", "%"),  # a programme's completion (重庆 2026)
    ("省级和美乡村", "count", "个"),  # villages certified in the year (石家庄 2024)
    ("市内参保覆盖率", "ratio", "%"),  # the employees' scheme in the city proper (大连 2001)
    ("市区管道燃气气化率", "ratio", "%"),  # piped gas only (青岛 2012)
    ("工业税收占税收比重", "ratio", "%"),  # a bare 税收 base (河源 2014: parks)
    ("地方属学校的财政性教育经费占生产总值的比例", "ratio", "%"),  # a subset of schools (四川 2011)
    ("制造业投资占比", "ratio", "%"),  # of all investment or of industry's?
    ("高新技术产品出口占工业品出口比重", "ratio", "%"),  # another base
    ("林地规模经营比例", "ratio", "%"),  # forest land, not farmland
    ("行政村通油路", "ratio", "%"),  # one material only (太原 2004 lists 油路、水泥路)
    ("九市一区空气质量达标天数比例", "ratio", "%"),  # a local name of the cities (福建 2020)
    ("文山市城市环境空气质量优良天数比例", "ratio", "%"),  # one city of the prefecture
    ("国控、省控断面优良水体比例", "ratio", "%"),  # two sets of sections, often two figures
    ("公办、普惠性幼儿园在园幼儿占比", "ratio", "%"),  # two statistics (广州 2026: 分别)
    ("新能源客车占比", "ratio", "%"),  # of the buses bought that year (吉林 2018)
    ("非税占比", "ratio", "%"),  # of budget revenue or of total fiscal revenue?
    # shares7, round 7
    ("居民医保政策范围内住院报销比例", "ratio", "%"),  # the urban residents' or the merged scheme?
    ("市区职工医疗保险", "ratio", "%"),  # the urban core's scheme (南通 2014)
    ("新农合市内住院报销比例", "ratio", "%"),  # no word of the policy scope (乌兰察布 2016)
    ("新经济、绿色经济、民营经济占比", "ratio", "%"),  # a list, the share's base unnamed
    ("煤炭比重", "ratio", "%"),  # of energy consumed or the coal industry's share of industry?
    # shares8: 民生社会事业 is a wider base of spending (乌海 2014 占地方公共财政预算支出73.1%)
    ("用于民生社会事业支出占地方公共财政预算支出", "ratio", "%"),
    ("建制村通油路", "ratio", "%"),  # 遵义 2021 100%的建制村通油路: one material, narrower
    # another base: the highly skilled among the skilled
    ("高技能人才占技能人才比例", "ratio", "%"),
    # a subset of industries (临沂 2021 重点行业规模以上企业研发投入占主营业务收入比重超过3%)
    ("重点行业规模以上企业研发投入占主营业务收入比重", "ratio", "%"),
    # ratio9b: the year's increments (威海 2021 新增贷款512.6亿元…新增贷存比106.4%)
    ("新增贷存比", "ratio", "%"),
    ("新增存贷比", "ratio", "%"),  # 濮阳 2021 达到127.1%
    # two shares, one phrase (福州 2019 …占比分别达93%、31.8%)
    ("市级审批服务事项“最多跑一趟”“一趟不用跑”占比", "ratio", "%"),
    ("农产品精深加工率", "ratio", "%"),  # ratio9a: deep processing, not agro_processing_rate
    ("满意率和基本满意率", "ratio", "%"),  # ratio9a: bare, its owner unnamed
    ("市级政务服务事项网上可办率", "ratio", "%"),  # ratio9a: the city's own level (西安 2020)
    # shares9: one figure for two statistics, subsets, other bases
    ("乡镇卫生院、村卫生室标准化率", "ratio", "%"),  # two kinds of clinics, one phrase
    ("对“一带一路”共建国家和地区占比", "ratio", "%"),  # trade or exports? (苏州 2024)
    ("先进制造业占制造业比重", "ratio", "%"),  # another base (济南 2022 60%)
    ("基础研究投入比例", "ratio", "%"),  # of fiscal science funds (深圳 2019)
    ("水稻机械化水平", "ratio", "%"),  # one crop
    ("户通电率", "ratio", "%"),  # households, not villages (广西 2011 99.55%)
    ("30户以上自然村通硬化路的比例", "ratio", "%"),  # natural villages of a size (云南 2025)
    ("炼焦先进产能占比", "ratio", "%"),  # coke, not coal (临汾 2021)
    ("企业研发投入强度", "ratio", "%"),  # which firms? (泰州 2021)
    ("存量规上工业企业有研发活动占比", "ratio", "%"),  # the existing firms alone
    ("大班额", "ratio", "%"),  # compulsory schools or all? (广安 2021, 海南 2021)
    ("“网上办”占比", "ratio", "%"),  # of which items? (包头 2024)
    ("农业产业化率", "ratio", "%"),  # 河北's measure by value (保定 2014), not households
    ("不见面审批事项占比", "ratio", "%"),  # no visit at all: not the one-visit share
    ("二级及以上公路比例", "ratio", "%"),  # of which roads? (湖北 2020)
    ("生态空间保护区域面积占比", "ratio", "%"),  # 江苏's areas: red line and control areas
]


@pytest.mark.parametrize("case", KEY_CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_key_for(case):
    indicator, kind, unit, key = case
    assert key_for(indicator, kind, unit) == key


@pytest.mark.parametrize("case", NO_KEY_CASES, ids=lambda c: f"{c[0] or 'empty'}-{c[1]}")
def test_no_key(case):
    assert key_for(*case) is None


def test_the_table_is_a_taxonomy():
    keys = unique_keys(default_keys())
    assert len(keys) >= 150
    assert all(k.name and k.label for k in keys), [k.key for k in keys if not k.label]
    text = (resources.files("ningbo_indicators") / "data" / "indicators.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0]) == COLUMNS
    # levels and their growth are separate keys, and so is per capita
    names = {k.key for k in keys}
    for level in ("gdp", "gdp_per_capita", "fixed_asset_investment", "retail_sales", "exports"):
        assert {level, f"{level}_growth"} <= names
    # one key, one meaning: every row of a key has the same name and direction
    by_key: dict[str, set] = {}
    for k in default_keys():
        by_key.setdefault(k.key, set()).add((k.name, k.better))
    assert {k: v for k, v in by_key.items() if len(v) > 1} == {}


def test_renames_are_documented():
    same = {k.key: k.same_as for k in default_keys() if k.same_as}
    assert "公共财政预算收入" in same["general_budget_revenue"]
    notes = {k.key: k.note for k in default_keys()}
    assert "rural_income" in notes["rural_net_income"]
    assert "一般公共预算收入" in notes["fiscal_revenue"]


def test_clean_phrase_keeps_what_names_the_thing():
    assert clean_phrase("新增城镇就业") == "新增城镇就业"
    assert clean_phrase("全社会固定资产投资") == "全社会固定资产投资"
    assert clean_phrase("预计全年地区生产总值") == "地区生产总值"


def test_a_user_table_extends_the_keys():
    keys = parse_table(
        "key,name,kinds,base_unit,pattern,note\nloans,新增贷款,amount,元,本外币贷款,\n"
    )
    records = extract("新增本外币贷款突破5000亿元。", keys=keys)
    assert records[0].indicator_key == "loans"
    assert keys[0].label == "" and keys[0].better == ""


@pytest.mark.parametrize(
    "table,message",
    [
        ("key,name\nx,y\n", "missing column"),
        ("key,name,kinds,base_unit,pattern\nx,y,growth,%,(\n", "bad pattern"),
        ("key,name,kinds,base_unit,pattern,better\nx,y,growth,%,a,sideways\n", "better"),
        ("key,name,kinds,base_unit,pattern,classes\nx,y,count,个,a,list_size lists\n", "class"),
        # (a row cut short: its pattern was None, and compiling it raised AttributeError)
        (
            "key,name,kinds,base_unit,pattern\nx,y,growth,%,^x$\nz,w\n",
            r"^indicators.csv:3: too few",
        ),
        # (a quote left open: the rest of the file was read as one field)
        ('key,name,kinds,base_unit,pattern\nx,"y,growth,%,^x$\nz,w,growth,%,^z$\n', r":2: bad CSV"),
        ('key,name,kinds,base_unit,pattern\nx,"y"z,growth,%,^x$\n', r":2: bad CSV"),
    ],
    ids=["columns", "pattern", "better", "class", "short", "open quote", "after quote"],
)
def test_bad_tables(table, message):
    with pytest.raises(KeyTableError, match=message) as exc:
        parse_table(table)
    assert "\n" not in str(exc.value)  # (one line)


def test_an_unknown_class_is_named_with_its_line():
    table = (
        "key,name,kinds,base_unit,pattern,classes\nx,y,count,个,^甲$,\nz,y,count,个,^乙$,taxes\n"
    )
    with pytest.raises(KeyTableError, match=r"^indicators.csv:3: unknown class 'taxes' \(known: "):
        parse_table(table)


# The classes of keys the rules of keying read, and the keys of each before they moved from sets
# in keying.py into the table's `classes` column (round 11), and those of the classes added since:
# no key may drop out of its class.
CLASSES_BEFORE = {
    "list_size": {"key_projects"},  # _LIST_SIZE_KEYS
    "works_list": {"key_projects", "livelihood_projects"},  # _DONE_KEYS
    "own_list": {"livelihood_projects"},  # _OWN_LIST_KEYS
    "industry_projects": {"industrial_projects"},  # key == "industrial_projects"
    "school_places": {"new_school_places"},  # _PARTED_KEYS
    "job_posts": {"new_job_posts"},  # _POSTS_KEYS
    "tax": {"tax_revenue", "tax_revenue_growth"},  # _TAX_KEYS
    "signed_projects": {"signed_projects"},  # _SIGNED_KEYS
    "renovation_projects": {"technical_renovation_projects"},  # _RENOVATION_KEYS
    "bank_ratio": {"loan_deposit_ratio"},  # _FUND_RATIO_KEYS
    "work_deaths": {"work_safety_deaths", "work_safety_deaths_growth"},  # _DEATHS_KEYS
    "tourism": {  # _DRIVEN_KEYS
        "tourism_revenue",
        "tourism_revenue_growth",
        "tourist_arrivals",
        "tourist_arrivals_growth",
    },
    "bridges": {"dangerous_bridges"},  # _NARROWED_BEFORE
    "price_index": {"cpi", "retail_price", "ppi"},  # targets.PRICE_KEYS
    # (round 22: a class of its own from the start)
    "poverty_exit": {"poverty_reduction", "poor_villages_exited", "poor_counties_exited"},
    # (round 23: amounts per person, which a sum in 亿元 is not)
    "per_person": {
        "pension_level",
        "public_health_funding_per_capita",
        "residents_medical_insurance_subsidy",
    },
    # (round 23: statistics at current prices, whose real growth is another statistic)
    "nominal": {
        "retail_sales_growth",
        "foreign_trade_growth",
        "exports_growth",
        "imports_growth",
        "fixed_asset_investment_growth",
    },
    "flow": {  # keying._flow_keys: the keys whose note opened with "a flow"
        "affordable_rental_housing",  # (round 22)
        "afforestation",
        "base_stations_5g",
        "charging_piles",
        "direct_financing",
        "high_standard_farmland",
        "irrigation_area_added",
        "parking_lots",
        "parking_spaces",
        "parks",
        "pocket_parks",
        "public_welfare_jobs",
        "soil_erosion_control",
        "tax_fee_cuts",
        "township_hospitals",
        "water_saving_irrigation",
    },
}


def test_the_shipped_table_gives_each_class_its_keys():
    assert set(KEY_CLASSES) == set(CLASSES_BEFORE)
    names = {k.key for k in default_keys()}
    found = {c: {n for n in names if c in key_classes(n)} for c in KEY_CLASSES}
    assert found == CLASSES_BEFORE
    # every row of a key names its classes (a reader of one row sees them all)
    assert [k.key for k in default_keys() if frozenset(k.classes) != key_classes(k.key)] == []


def test_the_rules_read_the_known_classes():
    """Every class the code of keying and targets asks for is one of KEY_CLASSES, and each is
    asked for (in a test of the code or in keying's table of the rules of one sector)."""
    import re

    from ningbo_indicators.dataset import keying

    folder = resources.files("ningbo_indicators") / "dataset"
    source = "".join((folder / name).read_text("utf-8") for name in ("keying.py", "targets.py"))
    asked = set(re.findall(r'"(\w+)" (?:not )?in (?:classes|key_classes|key\.classes)', source))
    tabled = [cls for cls, _rule in keying._SECTOR_RULES]
    assert len(set(tabled)) == len(tabled)
    assert asked | set(tabled) == set(KEY_CLASSES)


# A table without the `classes` column (written for older versions) gives each key the classes
# the shipped table gives it, as the rules did when they named the shipped keys; a table with the
# column gives the classes it names (none for an empty cell). 新开工重点项目45个: the projects at a
# stage, no count of the list (list_size).
_PROJECTS = next(k for k in default_keys() if k.key == "key_projects")


@pytest.mark.parametrize(
    "columns,classes,key",
    [
        ("", {"list_size", "works_list"}, None),
        (",classes", set(), "key_projects"),
        (",classes", {"list_size"}, None),
    ],
    ids=["without the column", "column empty", "column named"],
)
def test_a_user_table_with_or_without_classes(columns, classes, key):
    cell = "," + " ".join(sorted(classes)) if columns else ""
    table = f'key,name,kinds,base_unit,pattern{columns}\nkey_projects,重点项目,count,个|项,"{_PROJECTS.source}"{cell}\n'
    keys = parse_table(table)
    assert key_classes("key_projects", keys) == classes
    assert [r.indicator_key for r in extract("全年新开工重点项目45个。", keys=keys)] == [key]


@pytest.mark.parametrize("built", ["by parse_table", "by hand"])
def test_a_keys_classes_are_those_of_all_its_rows(built):
    """A key's classes are those named on any of its rows, in a table parse_table read (which
    puts them on every row) and in a tuple of IndicatorKey built by hand (rows as written): one
    merge for both."""
    from ningbo_indicators.dataset.keys import IndicatorKey

    rows = (
        IndicatorKey("projects", "项目", ("count",), ("个",), "^项目$"),
        IndicatorKey("projects", "项目", ("count",), ("个",), "^重大项目$", classes=("list_size",)),
        IndicatorKey("projects", "项目", ("count",), ("个",), "^工程$", classes=("works_list",)),
        IndicatorKey("parks", "公园", ("count",), ("个",), "^公园$"),
    )
    if built == "by parse_table":
        lines = [f"{k.key},{k.name},count,个,{k.source},{' '.join(k.classes)}" for k in rows]
        table = parse_table("\n".join(["key,name,kinds,base_unit,pattern,classes", *lines]))
        assert [k.classes for k in table] == [("list_size", "works_list")] * 3 + [()]
    else:
        table = rows
    assert classes_by_key(table) == {"projects": frozenset({"list_size", "works_list"})}
    assert key_classes("projects", table) == {"list_size", "works_list"}
    assert key_classes("parks", table) == frozenset()


@pytest.mark.parametrize(
    "columns,note,classes",
    [
        ("", "a flow: planted in the year", {"flow"}),
        ("", "the stock", set()),
        (",classes", "a flow: planted in the year", set()),
    ],
    ids=["old table, a flow's note", "old table, another note", "with the column"],
)
def test_a_flow_in_a_table_without_classes_is_marked_by_its_note(columns, note, classes):
    """Tables written before the classes column marked a flow by its note: they still do; a
    table with the column names its classes (the note is prose again)."""
    cell = "," if columns else ""
    table = f"key,name,kinds,base_unit,pattern{columns},note\nplanted,造林,count,亩,^造林${cell},{note}\n"
    keys = parse_table(table)
    assert key_classes("planted", keys) == classes
    from ningbo_indicators.dataset import keying

    # (what the flow rules read: the classes KeyContext takes from keying's classes_by_key)
    assert ("flow" in keying.KeyContext("").use_table(keys)[1].get("planted", ())) == bool(classes)


@pytest.mark.parametrize(
    "table,phrase,unit,key",
    [
        # the first row that fits wins, in table order, whichever way the rows are tried
        ("a,A,growth,%,^甲.*$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "a"),
        # a row whose pattern matches but whose unit does not fit lets the next one try
        ("a,A,growth,元,^甲乙$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "b"),
        # an unanchored pattern (searched anywhere) and a named group in a user's pattern
        ("a,A,growth,%,^(?P<x>丙)丁$\nb,B,growth,%,乙\n", "甲乙丙", "%", "b"),
        ("a,A,growth,%,^(?P<x>丙)丁$\nb,B,growth,%,乙\n", "丙丁", "%", "a"),
        # patterns that match characters they do not write are tried for every phrase
        ("a,A,growth,%,^[^甲]丙$\nb,B,growth,%,^乙丙$\n", "乙丙", "%", "a"),
        ("a,A,growth,%,^\\p{Han}{2}$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "a"),
        ("a,A,growth,%,^\\u7532乙$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "a"),
        ("a,A,growth,%,^(?i:gdp)$\nb,B,growth,%,^GDP$\n", "GDP", "%", "a"),
        ("a,A,growth,%,^甲.$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "a"),
        # a row that does not write every character of the phrase cannot match it
        ("a,A,growth,%,^甲$\nb,B,growth,%,^甲(?:乙)?$\n", "甲乙", "%", "b"),
        # a look-around matches no character: what it holds need not be written
        ("a,A,growth,%,^(?=[^丙]*乙)(?!.*丁)甲乙$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "a"),
        ("a,A,growth,%,^(?!甲)甲乙$\nb,B,growth,%,^甲乙$\n", "甲乙", "%", "b"),
        # \d stands for any decimal digit, one the table writes or not; a count repeats
        ("a,A,growth,%,^\\d+个甲$\nb,B,growth,%,^.*甲$\n", "7个甲", "%", "a"),
        ("a,A,growth,%,^\\d+个甲$\nb,B,growth,%,^.*甲$\n", "٧个甲", "%", "a"),
        ('a,A,growth,%,"^甲{1,2}乙$"\nb,B,growth,%,^.*乙$\n', "甲甲乙", "%", "a"),
    ],
    ids=[
        "first row wins",
        "unit falls through",
        "unanchored",
        "named group",
        "class",
        "property",
        "escape",
        "flag",
        "any character",
        "characters not written",
        "look-around",
        "negative look-around",
        "digit",
        "other digit",
        "count",
    ],
)
def test_rows_are_tried_in_order(table, phrase, unit, key):
    keys = parse_table("key,name,kinds,base_unit,pattern\n" + table)
    assert key_for(phrase, "growth", unit, keys) == key


def test_the_shipped_table_compiles_and_is_indexed():
    """The shipped table is parsed without compiling (start-up); here every pattern must
    compile, and nearly every row must be indexed by its characters (patterns with ., classes
    or escapes are tried for every phrase: a few are fine, many would slow every look-up)."""
    text = (resources.files("ningbo_indicators") / "data" / "indicators.csv").read_text("utf-8")
    parse_table(text, check=True)
    from ningbo_indicators.dataset.keys import _index

    index = _index(default_keys())
    assert sum(part[2].bit_count() for part in index.kinds.values()) <= len(index.rows) // 20
    # no pattern takes any phrase (an empty alternative: `^a$|`)
    assert [k.key for k in default_keys() if k.pattern.search("甲乙丙丁")] == []


def _candidates_one_by_one(rows, phrase, kind):
    """What `_Index.candidates` stands for, row by row: the rows of `kind`, in table order,
    whose pattern takes any phrase or writes every character of `phrase` (a decimal digit also
    where it has \\d; a line break is no character of it). `rows`: (row, `_letters` of it)."""
    from ningbo_indicators.dataset.keys import _DIGIT

    return [
        k
        for k, letters in rows
        if kind in k.kinds
        and (
            letters is None
            or all(
                ch in letters or ch == "\n" or ch.isdecimal() and _DIGIT in letters for ch in phrase
            )
        )
    ]


def _index_phrases(table):
    """Phrases to look up: the names of the rows, their halves, with a digit, a line break or
    a character no row writes, and a few written by no pattern whole."""
    phrases = {"", "\n", "率", "增长", "PM2.5", "第2批", "甲乙丙", "生产总值\n", "3个项目"}
    for k in table:
        phrases |= {k.name, k.name[: len(k.name) // 2], k.name[len(k.name) // 2 :]}
        phrases |= {k.name + "1", "囧" + k.name}
    return sorted(phrases)


@pytest.mark.parametrize(
    "kind", ["growth", "ratio", "amount", "count", "pp", "multiple", "no kind"]
)
def test_the_index_narrows_each_kind_as_rows_one_by_one(kind):
    """The index names the rows that checking each row's written characters names, in table
    order, for the shipped table and a table of a few rows."""
    from ningbo_indicators.dataset.keys import IndicatorKey, _Index, _letters

    shipped = default_keys()
    small = (
        IndicatorKey("a", "甲", ("growth", "ratio"), (), r"^甲乙?$"),
        IndicatorKey("b", "乙", ("ratio",), (), r"^.*乙$"),
        IndicatorKey("c", "丙", ("ratio", "count"), (), r"^\d+个丙$"),
        IndicatorKey("d", "丁", ("growth",), (), r"^(?:甲)?丁$"),
    )
    for table in (shipped, small):
        index = _Index(table)
        rows = [(k, _letters(k.source)) for k in table if kind in k.kinds]
        for phrase in _index_phrases(table) + ["甲乙", "1个丙", "乙", "甲丁", "丁\n"]:
            expected = _candidates_one_by_one(rows, phrase, kind)
            assert index.candidates(phrase, kind) == expected, (phrase, kind)


def test_the_first_row_that_fits_is_the_first_of_the_table_that_fits():
    """`_first_fit` (the index's candidates, each tested as `IndicatorKey.fits` tests it) keys a
    phrase as the first row of the table whose `fits` takes it, base units and all."""
    from ningbo_indicators.dataset.keys import _first_fit, _Index

    table = default_keys()
    index = _Index(table)
    by_kind = {kind: [k for k in table if kind in k.kinds] for kind in index.kinds}
    for phrase in _index_phrases(table):
        # (`fits` takes no row whose pattern misses the phrase: those are passed over unasked,
        # which keeps the test to a few seconds over every phrase)
        matched = {id(k) for k in table if k.pattern.search(phrase)}
        for kind, rows in by_kind.items():
            for unit in ("%", "元", "个"):
                fit = (k.key for k in rows if id(k) in matched and k.fits(phrase, kind, unit))
                first = next(fit, None)
                assert _first_fit(index, phrase, kind, unit) == first, (phrase, kind, unit)


def _shipped_as_kept():
    """(the shipped table parsed, a `ShippedTable` of it as the cache gives it back: a view of
    the bytes `_kept` gives)."""
    from ningbo_indicators.dataset import keys

    text = (resources.files("ningbo_indicators") / "data" / "indicators.csv").read_text("utf-8")
    parsed = parse_table(text, check=False)
    return parsed, keys._table_of(memoryview(keys._kept(parsed)))


def test_the_shipped_table_makes_each_row_when_read():
    """A row of the shipped table as the cache keeps it is made when read, once, equal to the
    parsed row (same hash, same fields); every row when the table is iterated, the same
    objects; what the rules read of the whole table needs no row made."""
    from ningbo_indicators.dataset.keys import ShippedTable, key_names, rows_of_key

    parsed, table = _shipped_as_kept()
    assert isinstance(table, ShippedTable) and len(table) == len(parsed)
    assert table.rows.count(None) == len(parsed)
    assert key_names(table) == {k.key for k in parsed}
    assert classes_by_key(table) == classes_by_key(parsed)
    assert table.rows.count(None) == len(parsed)
    middle = len(parsed) // 2
    row = table[middle]
    assert row == parsed[middle] and hash(row) == hash(parsed[middle])
    assert table[middle] is row and table.rows.count(None) == len(parsed) - 1
    assert table[-1] == parsed[-1] and table[2:5] == parsed[2:5]
    with pytest.raises(IndexError):
        table[len(parsed)]
    assert rows_of_key(table, "key_projects") == tuple(k for k in parsed if k.key == "key_projects")
    assert rows_of_key(table, "no_such_key") == ()
    assert tuple(table) == parsed and tuple(table)[middle] is row
    assert None not in table.rows
    # (an empty classes is the class's default, not an entry of the row's dict)
    assert [vars(k).keys() for k in table] == [
        {f: 0 for f in vars(k) if f != "classes" or k.classes}.keys() for k in parsed
    ]


def test_each_row_read_on_its_own_is_the_parsed_row():
    """Every row of the shipped table as the cache keeps it, read on its own (from the end, by
    negative numbers: `i %= len`), is the parsed row, and read again by its number the same
    object; those made after a quarter (`_make_all`) too."""
    parsed, table = _shipped_as_kept()
    n = len(parsed)
    for i in range(-n, 0):
        assert table[i] == parsed[i] and table[i] is table[i + n], i
    assert tuple(table) == parsed
    parsed, table = _shipped_as_kept()
    assert [table[i] for i in range(n)] == list(parsed)


def test_keying_through_the_shipped_table_makes_only_the_rows_it_tries():
    """key_for through the shipped table as the cache keeps it: the same keys as through the
    parsed table, for the name of every row in each of its kinds (and a few other phrases),
    having made only the rows its index named for a phrase."""
    parsed, table = _shipped_as_kept()
    assert key_for("地区生产总值", "growth", "%", table) == "gdp_growth"
    assert 0 < len(parsed) - table.rows.count(None) < 20  # (the rows tried for one phrase)
    for k in parsed:
        for kind in k.kinds:
            for unit in k.base_units[:1] or ("",):
                for phrase in (k.name, k.name + "增长", "全市" + k.name):
                    assert key_for(phrase, kind, unit, table) == key_for(phrase, kind, unit, parsed)


def test_a_key_made_from_its_fields_is_the_key():
    """`_key_of_fields` names every field of the class, in its order: a key with every field
    set is made again equal, with the same fields (a field added to the class, or moved, and
    not to it, fails here)."""
    import dataclasses

    from ningbo_indicators.dataset.keys import IndicatorKey, _key_of_fields

    values = {
        f.name: ("growth",) if f.type.startswith("tuple") else f"the {f.name}"
        for f in dataclasses.fields(IndicatorKey)
    }
    full = IndicatorKey(**values)
    made = _key_of_fields(tuple(values.values()))
    assert made == full and hash(made) == hash(full) and vars(made) == vars(full)
    bare = dataclasses.replace(full, classes=())
    made = _key_of_fields(tuple(getattr(bare, f) for f in values))
    assert made == bare and "classes" not in vars(made)


def test_extract_with_the_shipped_table_or_a_users():
    """extract() without a table keys through the shipped table as the cache keeps it; with
    the shipped table's rows, or a user's table, through those: the same records where the
    tables agree, the user's keys where it has its own."""
    text = "地区生产总值增长6%，城镇新增就业1.2万人。"
    shipped = [(r.text, r.indicator_key) for r in extract(text)]
    assert shipped == [("增长6%", "gdp_growth"), ("1.2万人", "urban_new_jobs")]
    assert [(r.text, r.indicator_key) for r in extract(text, keys=default_keys())] == shipped
    user = parse_table(
        "key,name,kinds,base_unit,pattern\nmy_gdp,生产总值,growth,%,^地区生产总值$\n"
    )
    assert [(r.text, r.indicator_key) for r in extract(text, keys=user)] == [
        ("增长6%", "my_gdp"),
        ("1.2万人", None),
    ]


# A sum or a count stated as a change (净增, 提高, 比上年增加, 新增 after the statistic) is no level:
# the level's key would put the change in the level's column. (report, sentence, figure, key)
CHANGE_CASES = [
    ("more/cities/南昌市/2005.md", "地区生产总值770亿元，净增129亿元，增长16.5%", "770亿元", "gdp"),
    ("more/cities/南昌市/2005.md", "地区生产总值770亿元，净增129亿元，增长16.5%", "129亿元", None),
    ("more/prefectures/东营市/2014.md", "城市低保标准每人每月提高30元", "30元", None),
    (
        "more/cities/合肥市/2010.md",
        "空气质量优良天数317天，比上年增加56天",
        "317天",
        "good_air_days",
    ),
    ("more/cities/合肥市/2010.md", "空气质量优良天数317天，比上年增加56天", "56天", None),
    (
        "more/prefectures/乌海市/2014.md",
        "城镇居民最低生活保障标准提高70元，达到470元",
        "470元",
        "urban_minimum_living_allowance",
    ),
    (
        "more/prefectures/乌海市/2014.md",
        "城镇居民最低生活保障标准提高70元，达到470元",
        "70元",
        None,
    ),
    ("more/prefectures/运城市/2021.md", "高新技术企业新增28家", "28家", None),
    # a list whose verb of change comes first: each figure is a change (提高到 would give levels)
    (
        "more/cities/郑州市/2014.md",
        "城乡低保标准分别提高155元和130元，达到每人每月430元和240元",
        "130元",
        None,
    ),
    (
        "more/cities/郑州市/2014.md",
        "城乡低保标准分别提高155元和130元，达到每人每月430元和240元",
        "240元",
        "rural_minimum_living_allowance",
    ),
    # 新增 before the figure of a key of new things is what the key counts
    # (包头 2024's 分别新增学位2710个、10080个 gets none since prec9b: places of two kinds of school)
    (
        "more/cities/长沙市/2021.md",
        "改扩建中小学校25所，新增学位4万个",
        "4万个",
        "new_school_places",
    ),
    ("more/provinces/云南省/2010.md", "新增23.5万个城镇就业岗位", "23.5万个", "new_job_posts"),
    # a list that a verb of change heads: every item is a change; under 新增, added things
    (
        "more/prefectures/宜昌市/2023.md",
        "净增市场主体7万户、规上工业企业141家、规上服务业企业100家、限上商贸企业320家",
        "141家",
        None,
    ),
    (
        "more/cities/西安市/2025.md",
        "净增高新技术企业1800家、科技型中小企业2500家",
        "2500家",
        None,
    ),
    (
        "more/prefectures/平顶山市/2022.md",
        "新增市场主体5万户、规模以上工业企业130户、上市企业1家",
        "130户",
        "new_above_scale_firms",
    ),
    (
        "more/prefectures/平顶山市/2022.md",
        "新增市场主体5万户、规模以上工业企业130户、上市企业1家",
        "1家",
        "listed_companies_new",
    ),
    ("provinces-2024/陕西省.md", "新增电力装机1520万千瓦、其中光伏809万千瓦", "809万千瓦", None),
]


# A bare rate of handling (办结率, 满意率, 结果满意率) is that of the suggestions and proposals, or
# of the government hotline, its sentence names before it; never when something else handled is
# named after them (民声直通车, 信箱) or nothing is. (report, sentence, figure, key)
HANDLED_CASES = [
    (
        "more/prefectures/威海市/2021.md",
        "通过12345政务服务热线办理群众反映问题100.7万件，按期办结率、群众满意率分别达到99.8%和93.9%。",
        "93.9%",
        "hotline_satisfaction_rate",
    ),
    (
        "more/prefectures/威海市/2021.md",
        "通过12345政务服务热线办理群众反映问题100.7万件，按期办结率、群众满意率分别达到99.8%和93.9%。",
        "99.8%",
        None,
    ),
    (
        "more/prefectures/娄底市/2023.md",
        "12345市长热线受理群众来电19.1万次，办结率、满意率分别为98.9%、95.6%。",
        "98.9%",
        "hotline_completion_rate",
    ),
    (
        "more/prefectures/娄底市/2023.md",
        "12345市长热线受理群众来电19.1万次，办结率、满意率分别为98.9%、95.6%。",
        "95.6%",
        "hotline_satisfaction_rate",
    ),
    (
        "more/prefectures/普洱市/2023.md",
        "办理市人大代表建议158件、市政协提案182件，办理结果满意率达96.8%和97.8%。",
        "97.8%",
        "proposal_satisfaction_rate",
    ),
    (
        "more/prefectures/乌海市/2024.md",
        "人大代表建议、政协委员提案办复率达100%，满意率达99.7%。",
        "99.7%",
        "proposal_satisfaction_rate",
    ),
    (
        "more/prefectures/九江市/2016.md",
        "办理市人大代表建议170件、市政协提案363件，办结率100%；"
        "市政府民声直通车受理和办理群众意见、建议、诉求8529件，办结率95.3%。",
        "100%",
        "proposal_completion_rate",
    ),
    (
        "more/prefectures/九江市/2016.md",
        "办理市人大代表建议170件、市政协提案363件，办结率100%；"
        "市政府民声直通车受理和办理群众意见、建议、诉求8529件，办结率95.3%。",
        "95.3%",
        None,
    ),
    (
        "more/cities/乌鲁木齐市/2015.md",
        "受理市长专线1.83万件，办结率98.89%；市长信箱1628件，办结率100%；",
        "100%",
        None,
    ),
    (
        "more/prefectures/乐山市/2019.md",
        "开通“心连心服务热线”，受理群众来电近50万条，为原市长热线同期受理量的6倍，群众满意率达95%。",
        "95%",
        None,
    ),
    # ratio9a: the proposers' satisfaction written 满意率和基本满意率 or …相加
    (
        "more/prefectures/资阳市/2021.md",
        "办结人大代表建议76件、政协委员提案162件，满意率和基本满意率100%。",
        "100%",
        "proposal_satisfaction_basic_rate",
    ),
    (
        "more/cities/泉州市/2015.md",
        "办理政协提案519件，满意和基本满意率相加达100%。",
        "100%",
        "proposal_satisfaction_basic_rate",
    ),
]


@pytest.mark.parametrize("case", HANDLED_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_bare_rate_of_handling_takes_what_its_sentence_names(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A rate named bare is the rate of what the clause before names, when the statistic so named is
# one of the table (高等教育…，毛入学率); a clause that opens with a verb names a task, not a subject,
# and the rate stays bare. A verb inside a rate's name (签订率) or 计划 in 计划生育率 keeps its
# holder. The rates of a 分别 list of 参保率 are those of the schemes the clause before lists in
# turn, unless a later scheme lacks the qualifier of the first (城乡居民…和社会养老保险: shared).
# (report, sentence, figure, key)
RATE_SUBJECT_CASES = [
    (
        "more/provinces/云南省/2005.md",
        "高等教育稳步发展，毛入学率达到11.2%，新增一批职业技术院校和博士、硕士授予点。",
        "11.2%",
        "higher_education_enrolment",
    ),
    (
        "more/cities/无锡市/2013.md",
        "加强大气污染治理，全年空气质量达到二级标准，优良率为95.1%。",
        "95.1%",
        "air_quality_ratio",
    ),
    (
        "more/provinces/广东省/2011.md",
        "**学前教育不断优化，三年入园率达82.5%。",
        "82.5%",
        "preschool_enrolment",
    ),
    (
        "more/prefectures/绥化市/2018.md",
        "推进家庭医生签约服务，覆盖率达到40%以上。",
        "40%以上",
        None,
    ),
    (
        "more/cities/深圳市/2009.md",
        "劳动关系总体和谐稳定，欠薪保障制度不断完善，劳动用工关系进一步规范，劳动合同签订率达到98.1%。",
        "98.1%",
        "labour_contract_rate",
    ),
    (
        "more/cities/沈阳市/2012.md",
        "在全市企业普遍建立工资集体协商制度，集体合同签订率达到96%。",
        "96%",
        "collective_contract_rate",
    ),
    (
        "more/cities/大连市/2009.md",
        "计划生育率为99.93%，自然增长率为1.25‰。",
        "99.93%",
        "birth_policy_compliance",
    ),
    (
        "more/provinces/浙江省/2018.md",
        "基本养老保险和基本医疗保险参保人数分别达到3913万人、5252万人，参保率分别达到88.6%和98%。",
        "88.6%",
        "pension_participation",
    ),
    (
        "more/provinces/浙江省/2018.md",
        "基本养老保险和基本医疗保险参保人数分别达到3913万人、5252万人，参保率分别达到88.6%和98%。",
        "98%",
        "medical_insurance_participation",
    ),
    (
        "more/prefectures/大理白族自治州/2014.md",
        "城镇居民医疗保险、新农合筹资标准均提高到 340元，参保率分别达 95%、 97.6%，新农合大病保险全面启动。",
        "95%",
        "urban_residents_medical_participation",
    ),
    (
        "more/prefectures/大理白族自治州/2014.md",
        "城镇居民医疗保险、新农合筹资标准均提高到 340元，参保率分别达 95%、 97.6%，新农合大病保险全面启动。",
        "97.6%",
        "ncms_participation",
    ),
    (
        "more/provinces/宁夏回族自治区/2013.md",
        "在全国率先建立统筹城乡居民基本医疗保险和社会养老保险制度，财政补助逐年提高，参保率分别达96.7%和83.4%",
        "83.4%",
        None,
    ),
    (
        "more/cities/合肥市/2021.md",
        "新建扩建幼儿园346所，公办率和普惠率分别达到51%、84%，提高29、28个百分点。",
        "84%",
        "inclusive_kindergarten_coverage",
    ),
    (
        "more/prefectures/辽阳市/2021.md",
        "大力发展优质普惠学前教育，公办率达到46%，普惠率达到83%。",
        "46%",
        "public_kindergarten_share",
    ),
    (
        "more/prefectures/十堰市/2023.md",
        "加快学前教育公益普惠发展，确保普惠率82％以上。",
        "82％以上",
        "inclusive_kindergarten_coverage",
    ),
    # the rate of the stock the figure before counts or measures, when the phrase so made is
    # a statistic of the table
    (
        "more/provinces/河北省/2013.md",
        "全省森林面积新增800万亩，覆盖率达到27%。",
        "27%",
        "forest_coverage",
    ),
    (
        "more/prefectures/铜川市/2023.md",
        "农村人居环境持续改善，新建卫生厕所4740座，普及率86%",
        "86%",
        "rural_sanitary_toilets",
    ),
    # a bare rate after another rate takes that rate's holder, when the phrase so made is a
    # statistic of the table other than the rate before's
    (
        "more/prefectures/桂林市/2020.md",
        "乡镇通公交率82.8%，建制村通畅率100%、通客车率98%、通公交率48.9%。",
        "98%",
        "village_bus_access",
    ),
    (
        "more/cities/郑州市/2019.md",
        "生活垃圾分类覆盖率达到70%以上、回收利用率30%以上",
        "30%以上",
        "garbage_recycling_rate",
    ),
    (
        "more/cities/成都市/2023.md",
        "完成城市道路井盖病害治理2万座，确保完好率不低于98%。",
        "不低于98%",
        None,
    ),
    # shares9: an item of a list too long to share a modifier with the last item takes the end of
    # the last item's rate that makes a statistic of its own with it
    (
        "more/provinces/新疆维吾尔自治区/2018.md",
        "完善五级医疗服务体系建设，乡镇卫生院、村卫生室标准化率分别达到88%和84%。",
        "88%",
        "township_hospital_standard_rate",
    ),
    (
        "more/provinces/新疆维吾尔自治区/2018.md",
        "完善五级医疗服务体系建设，乡镇卫生院、村卫生室标准化率分别达到88%和84%。",
        "84%",
        "village_clinic_standard_rate",
    ),
    (
        "more/provinces/福建省/2008.md",
        "城市污水、垃圾处理率分别达62%和91%；",
        "62%",
        "sewage_treatment_rate",
    ),
    (
        "more/cities/泉州市/2015.md",
        "城镇居民医保和新农合参保率分别达95%和99.96%。",
        "95%",
        "urban_residents_medical_participation",
    ),
]


@pytest.mark.parametrize("case", RATE_SUBJECT_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_bare_rate_takes_the_subject_its_clause_names(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A share of a whole named by its level (占全市…, 占全省…) is read against the report's place, which
# the line under the title names: the place's own whole is the base of the share; the level above,
# after the place's own output, is its share of the province; a part of the place named in the
# sentence (县域, 成渝地区双城经济圈) keeps its phrase. (report, line under the title, sentence,
# figure, key)
XINZHOU = "2022年2月21日在忻州市第五届人民代表大会第一次会议上"
SHARE_CASES = [
    (
        "more/prefectures/忻州市/2022.md",
        XINZHOU,
        "全市地区生产总值2020年跃上千亿元台阶，占全省比重由5.49%提高到5.96%。",
        "5.49%",
        "gdp_share_of_province",
    ),
    (
        "more/prefectures/忻州市/2022.md",
        XINZHOU,
        "全市地区生产总值2020年跃上千亿元台阶，占全省比重由5.49%提高到5.96%。",
        "5.96%",
        "gdp_share_of_province",
    ),
    (  # no place named: 全省 cannot be told from the place's own whole
        "more/prefectures/忻州市/2022.md",
        "",
        "全市地区生产总值2020年跃上千亿元台阶，占全省比重由5.49%提高到5.96%。",
        "5.96%",
        None,
    ),
    (
        "more/prefectures/梅州市/2014.md",
        "2014年2月19日在梅州市第六届人民代表大会第五次会议上",
        "全市民营经济实现增加值474.55亿元，增长10.5%，占全市生产总值的59.3%。",
        "59.3%",
        "gdp_share_private",
    ),
    (
        "more/cities/贵阳市/2011.md",
        "2011年3月17日在贵阳市第十二届人民代表大会第六次会议上",
        "第三产业增加值达607.76亿元，占全市生产总值的比重从45.9%提高到54.2%。",
        "54.2%",
        "tertiary_share",
    ),
    (
        "more/prefectures/开封市/2021.md",
        "2021年2月1日在开封市第十五届人民代表大会第四次会议上",
        "全市县域生产总值占全市经济总量的73.6%，对全市经济增长的贡献率达82.7%。",
        "73.6%",
        None,
    ),
    (
        "more/provinces/四川省/2026.md",
        "2026年2月3日在四川省第十四届人民代表大会第五次会议上",
        "成渝地区双城经济圈建设走深走实，经济总量超9万亿元，占全国比重升至6.5%左右，",
        "6.5%左右",
        None,
    ),
    # the place's foreign trade over the province's, its exports over the nation's
    (
        "more/cities/东莞市/2003.md",
        "2003年2月25日在东莞市第十二届人民代表大会第六次会议上",
        "外贸出口总额237.4亿美元，增长25%，占全国的7.29%、全省的20%，连续七年位居全国大中城市第三名。",
        "7.29%",
        "exports_share_of_nation",
    ),
    (  # of the province: no key (one report)
        "more/cities/东莞市/2003.md",
        "2003年2月25日在东莞市第十二届人民代表大会第六次会议上",
        "外贸出口总额237.4亿美元，增长25%，占全国的7.29%、全省的20%，连续七年位居全国大中城市第三名。",
        "20%",
        None,
    ),
    (
        "more/prefectures/绍兴市/2025.md",
        "2025年1月20日在绍兴市第九届人民代表大会第五次会议上",
        "全市实现出口3762.2亿元、占全国比重14.8‰。",
        "14.8‰",
        "exports_share_of_nation",
    ),
    (
        "more/cities/厦门市/2021.md",
        "在厦门市第十五届人民代表大会第六次会议上",
        "实现进出口总额6915.8亿元，增长7.8%，占全省49.3%。",
        "49.3%",
        "foreign_trade_share_of_province",
    ),
    # an item of a list before a share and 分别 is that share of the item
    (
        "more/prefectures/中山市/2021.md",
        "",
        "先进制造业、高技术制造业增加值占规上工业增加值比重分别达49.3%和15.8%。",
        "49.3%",
        "advanced_manufacturing_share",
    ),
    (  # a list of the place's shares of its province: no key
        "more/cities/深圳市/2026.md",
        "",
        "新增基础教育学位、医疗卫生床位占全市比重分别为74.0%、",
        "74.0%",
        None,
    ),
    # a bare rate of sewage governance is the villages' when its sentence names the countryside
    (
        "more/prefectures/平顶山市/2022.md",
        "",
        "实施农村人居环境整治提升行动，抓好“美丽小镇”“四美乡村”“五美庭院”建设，完成改厕4.5万户，"
        "生活污水治理率达到41%，",
        "41%",
        "rural_sewage_governance_rate",
    ),
    (
        "more/prefectures/聊城市/2021.md",
        "",
        "生活垃圾实现无害化处理，生活污水治理率达到41.9%。",
        "41.9%",
        None,
    ),
    (  # a contribution to growth named bare, likewise
        "more/provinces/福建省/2008.md",
        "",
        "工业主导作用突出，对经济增长的贡献率达56.3%，",
        "56.3%",
        "industry_contribution",
    ),
    # a bare rate of treating or using is that of the one waste its sentence names before it
    (
        "more/cities/长沙市/2019.md",
        "",
        "强力推进畜禽粪污整治，确保资源化利用率超过80%。",
        "超过80%",
        "manure_utilisation",
    ),
    # the share of villages whose refuse or sewage was dealt with is the rate of that
    (
        "more/prefectures/永州市/2022.md",
        "",
        "全市96.4%的行政村生活垃圾得到有效处理。",
        "96.4%",
        "rural_garbage_treatment_rate",
    ),
    (
        "more/prefectures/攀枝花市/2022.md",
        "",
        "96%的行政村生活垃圾、85%的行政村生活污水得到有效处理。",
        "85%",
        "rural_sewage_treatment_rate",
    ),
    # a share of the year's plan done after the key projects' completed investment
    (
        "more/prefectures/清远市/2018.md",
        "",
        "重点项目完成投资376.6亿元，完成年度计划投资的89.5%。",
        "89.5%",
        "key_projects_investment_completion",
    ),
    (  # the excess over the plan, not the share done
        "more/cities/海口市/2023.md",
        "",
        "推动115个省市重点项目完成投资382.2亿元、超年度计划21.7%",
        "21.7%",
        None,
    ),
    # a share of value added named bare takes the industry whose clause opens the sentence
    (
        "more/cities/苏州市/2014.md",
        "",
        "服务业提档升级，增加值增长10.7%，占地区生产总值的比重达到45.7%。",
        "45.7%",
        "tertiary_share",
    ),
    # a base of two characters written between 占全市 and the figure
    (
        "more/cities/南宁市/2017.md",
        "——2017年2月15日在南宁市第十四届人民代表大会第二次会议上",
        "民营经济加快发展，民间投资增长15.64%，占全市投资的64.34%；",
        "64.34%",
        "private_investment_share",
    ),
    # shares7, round 7: an item of a list whose last item names a share is that share of it
    (
        "more/provinces/贵州省/2018.md",
        "",
        "城镇化率提高到47.5%，工业经济、民营经济、绿色经济、新经济占地区生产总值比重分别提高到32%、55%、40%和19%",
        "55%",
        "gdp_share_private",
    ),
    (  # an item with no share of its own keyed stays whole
        "more/provinces/贵州省/2015.md",
        "",
        "工业经济、城镇人口、民营经济、县域经济比重分别提高到36%、42%、50%和69%",
        "42%",
        None,
    ),
    # a share of the fiscal resources or of spending, the noun after the figure
    (
        "more/cities/海口市/2024.md",
        "",
        "坚持把七成以上的财力用于民生领域，实施民生实事项目人大代表票决制",
        "七成以上",
        "livelihood_share_of_resources",
    ),
    (
        "more/prefectures/中卫市/2016.md",
        "",
        "在财政增速放缓、进入偿贷高峰、支出压力加大的情况下，安排71.5%的财力改善民生。",
        "71.5%",
        "livelihood_share_of_resources",
    ),
    (
        "more/provinces/新疆维吾尔自治区/2018.md",
        "",
        "把本级财政支出的70%以上用于保障改善民生，持续实施惠民工程",
        "70%以上",
        "livelihood_expenditure_share",
    ),
    # a bare within-policy reimbursement takes the scheme its clause names
    (
        "more/prefectures/恩施土家族苗族自治州/2014.md",
        "",
        "新型农村合作医疗参合率达到97%，政策范围内住院费用补偿比例达到76.7%。",
        "76.7%",
        "ncms_reimbursement",
    ),
    (
        "more/cities/合肥市/2014.md",
        "",
        "提高城镇居民基本医疗保险保障水平，政策范围内住院费用支付比例达到70%左右。",
        "70%左右",
        "urban_resident_medical_reimbursement",
    ),
    (  # a list whose first item opens with the urban core: the items after share the scope
        "more/prefectures/南通市/2014.md",
        "",
        "将市区职工医疗保险、城镇居民医疗保险政策范围内住院费用补偿比例分别提高到82%、72%。",
        "72%",
        None,
    ),
    (
        "more/cities/苏州市/2012.md",
        "",
        "市区建成区绿化覆盖率、绿地率分别达到44%和38.5%。",
        "38.5%",
        None,
    ),
    (  # a clause that opens with a share: the share of the subject paired before it
        "more/cities/哈尔滨市/2020.md",
        "",
        "全年高技术产业和战略性新兴产业增加值分别增长5.7%和7.6%，占规模以上工业比重由上年的19.6%和"
        "26.2%增加到23.0%和33.4%。",
        "26.2%",
        "strategic_emerging_share",
    ),
    (  # 占比 right after the subject's own figure
        "more/provinces/四川省/2019.md",
        "",
        "服务业增加值增长8.5%、占比达52.4%，规模以上工业企业利润总额增长10.4%",
        "52.4%",
        "tertiary_share",
    ),
    (
        "more/prefectures/保定市/2023.md",
        "",
        "空气质量综合指数4.81，优良天数243天，占比达66.6%。",
        "66.6%",
        "air_quality_ratio",
    ),
    (  # a share named without a subject: the one the clause before opens with
        "more/cities/沈阳市/2011.md",
        "",
        "现代服务业加快发展，占服务业比重达到52.8%。",
        "52.8%",
        "modern_services_share",
    ),
    (  # 分别 before the share of a list
        "more/cities/贵阳市/2023.md",
        "",
        "“主路径”走得更加深入，数字经济、绿色经济分别占地区生产总值比重达44%、48%。",
        "48%",
        "green_economy_share",
    ),
    (
        "more/prefectures/驻马店市/2021.md",
        "",
        "新兴产业加快发展，高新技术产业、战略性新兴产业增加值，分别占规上工业的30%、24%。",
        "30%",
        "high_tech_share",
    ),
    (  # the last item of a list before a share and 分别
        "more/provinces/江西省/2012.md",
        "江西省",
        "出口结构进一步优化，机电产品、高新技术产品出口占全省出口的比重分别达到37.3%和17.6%。",
        "17.6%",
        "high_tech_export_share",
    ),
    (  # the three sectors' shares, listed
        "more/cities/广州市/1999.md",
        "广州市",
        "第一、二、三产业占全市国内生产总值的比重分别为4.88%、45.03%和50.09%",
        "45.03%",
        "secondary_share",
    ),
    (  # a sector named bare in a sentence on the structure of the sectors
        "more/prefectures/滁州市/2016.md",
        "",
        "“十三五”期间，全市三次产业结构要有明显优化，一产调到15%以下，三产调到35%以上，二产保持在50%左右。",
        "35%以上",
        "tertiary_share",
    ),
    (  # per-capita GDP over the nation's average; the province's is another base
        "more/prefectures/昭通市/2022.md",
        "",
        "人均GDP仅为全国的35.6%、全省的50%。",
        "35.6%",
        "gdp_per_capita_vs_nation",
    ),
    (
        "more/prefectures/昭通市/2022.md",
        "",
        "人均GDP仅为全国的35.6%、全省的50%。",
        "50%",
        None,
    ),
    (  # a city's share of its province's foreign capital
        "more/cities/海口市/2023.md",
        "海口市",
        "实际利用外资20.3亿美元，占全省50.2%。",
        "50.2%",
        "fdi_share_of_province",
    ),
    (  # the private sector's value added over the place's own whole: of its output
        "more/cities/南昌市/2019.md",
        "南昌市",
        "非公经济活力不断释放，非公经济增加值占全市比重达57%左右。",
        "57%左右",
        "gdp_share_private",
    ),
    (  # a bare 比重 opening the figure's clause
        "more/prefectures/六安市/2014.md",
        "",
        "非公有制经济蓬勃发展，比重由61.7%提高到67 %，实现税收由27.3亿元增至89.3亿元。",
        "61.7%",
        "gdp_share_private",
    ),
    (  # 在…中所占比重, the subject the clause before opens with
        "more/provinces/浙江省/2002.md",
        "",
        "第三产业呈现加快发展势头，在国内生产总值中所占比重由上年的３６.３％提高到３８.４％。",
        "３８.４％",
        "tertiary_share",
    ),
    (  # a point of a list (九是) opens no subject: the urban and the rural standard apart
        "more/prefectures/本溪市/2021.md",
        "",
        "九是城乡居民最低生活保障标准分别提高4.5%、7.5%",
        "7.5%",
        "rural_minimum_living_allowance_growth",
    ),
    (  # no key for a share of the whole place named by no base
        "more/prefectures/云浮市/2015.md",
        "云浮市政府工作报告 （2015年1月21日 卓志强）",
        "实现规模以上工业总产值350亿元，占全市比重35.5%；",
        "35.5%",
        None,
    ),
    (  # no key for the share of these eight industries
        "more/cities/沈阳市/2011.md",
        "",
        "装备制造等八大优势产业支撑作用进一步增强，增加值占工业比重达到80.3%。",
        "80.3%",
        None,
    ),
]


# (ratiophr9) the place's share of the province, written in a list after 的 (郑州) or after a
# sentence naming 国家和地区 (no part of the place: 西宁)
SHARE_CASES += [
    (
        "more/cities/郑州市/2019.md",
        "——2019年2月21日在郑州市第十五届人民代表大会第二次会议上",
        "以占全省4.45%的地域面积、10.55%的人口，创造了占全省21.1%的GDP、30.6%的一般公共预算收入、"
        "20.7%的社会消费品零售总额、32.9%的重点项目投资、74.5%的进出口总值，",
        "21.1%",
        "gdp_share_of_province",
    ),
    (
        "more/cities/西宁市/2020.md",
        "——2020年3月29日在西宁市第十六届人民代表大会第七次会议上",
        "与78个国家和地区实现贸易往来，设立15个特色商品国际营销中心和海外仓、13个进口商品展销平台，"
        "外贸进出口总额占全省70.4%。",
        "70.4%",
        "foreign_trade_share_of_province",
    ),
    # a part named in the item before ；(航空港实验区) is no part of the next item's figures
    (
        "more/cities/郑州市/2019.md",
        "——2019年2月21日在郑州市第十五届人民代表大会第二次会议上",
        "航空港实验区进出口总额突破500亿美元，占全省的62.8%；"
        "引进境内外资金356.7亿美元，其中实际吸收外资42.1亿美元，占全省的23.6%。",
        "23.6%",
        "fdi_share_of_province",
    ),
    (
        "more/cities/郑州市/2019.md",
        "——2019年2月21日在郑州市第十五届人民代表大会第二次会议上",
        "航空港实验区进出口总额突破500亿美元，占全省的62.8%；"
        "引进境内外资金356.7亿美元，其中实际吸收外资42.1亿美元，占全省的23.6%。",
        "62.8%",
        None,
    ),
]


@pytest.mark.parametrize("case", SHARE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}-{bool(c[1])}")
def test_a_share_of_a_whole_is_read_against_the_place(case):
    _, heading, sentence, figure, key = case
    records = extract(heading + "\n" + sentence)
    (record,) = [r for r in records if r.text == figure]
    assert record.indicator_key == key


@pytest.mark.parametrize("case", SHARE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}-{bool(c[1])}")
def test_share_case_is_quoted_from_its_report(case):
    from conftest import CORPUS

    path = CORPUS / case[0]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    body = path.read_text(encoding="utf-8")
    assert case[2] in body and case[1][5:] in body


# A city of an autonomous region (its report names the region's government, no 省委): its 全区 is
# the region, and its own output's share of it is so named; no key takes the phrase (全区 alone
# may be a district). Elsewhere 占全区 is left alone.
REGION_SHARE_CASES = [
    (
        "more/cities/南宁市/2021.md",
        "五年来所取得的成绩，是自治区党委、政府正确领导的结果，",
        "地区生产总值占全区比重",
    ),
    ("more/cities/南宁市/2021.md", "", "地区生产总值"),
]


@pytest.mark.parametrize("case", REGION_SHARE_CASES, ids=lambda c: f"{c[2]}-{bool(c[1])}")
def test_a_city_share_of_its_autonomous_region(case):
    _, before, phrase = case
    text = (
        "——2021年4月11日在南宁市第十四届人民代表大会第六次会议上\n" + before + "\n"
        "地区生产总值年均增长5.8%、总量占全区比重由2015年的20.3%提升至21.3%，"
    )
    (record,) = [r for r in extract(text) if r.text == "21.3%"]
    assert (record.indicator, record.indicator_key) == (phrase, None)


@pytest.mark.parametrize("case", CHANGE_CASES, ids=lambda c: f"{c[1][:10]}-{c[2]}")
def test_a_change_is_no_level(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A figure of a part of the place (the urban core, a park or zone, the counties together, one
# corridor) or of a sector (乡镇企业, 民营经济) gets no key of the whole place; the key stays where
# the part is another item, an example, the object of a verb, or where the key is of the part
# too (the taxonomy's urban rates). (report, sentence, figure, key)
PART_CASES = [
    # the part opens the clause, or a count follows it at once
    (
        "more/cities/上海市/2009.md",
        "解决郊区适龄幼儿入园难问题，在郊区新建52所幼儿园。",
        "52所",
        None,
    ),
    (
        "more/cities/杭州市/2013.md",
        "主城区新建停车泊位5.2万个，其中公共泊位8700个。",
        "5.2万个",
        None,
    ),
    (
        "more/prefectures/张掖市/2021.md",
        "智能制造产业园71万平方米标准化厂房、14万平方米配套设施建成投用，48家企业签约入驻、"
        "21家投产，10大类270多种产品下线。",
        "71万平方米",
        None,
    ),
    (
        "more/provinces/湖北省/2022.md",
        "全力争创“两个中心”，加快光谷科创大走廊82个重大项目建设，推动大科学装置集群建设，"
        "支持9家湖北实验室高效运行、努力争创国家实验室。",
        "82个",
        None,
    ),
    (
        "more/cities/郑州市/2023.md",
        "新投用公办幼儿园76所，市区新建中小学校24所、投用22所，投用高中9所。",
        "22所",
        None,
    ),
    (
        "more/prefectures/襄阳市/2023.md",
        "3.新建改扩建义务教育学校11所、增加和优化学位供给7550个，其中中心城区3所、增加学位4920个。",
        "4920个",
        None,
    ),
    (
        "more/prefectures/黔西南布依族苗族自治州/2021.md",
        "实施乡村振兴示范工程，各县（市、新区）建设10个以上乡村振兴示范村。",
        "10个以上",
        None,
    ),
    # the part heads the whole list
    (
        "more/prefectures/牡丹江市/2022.md",
        "加快县域经济提质增量，县域经济总量、规上工业增加值分别增长8%和12%，力争六县（市）省内"
        "位次前移；发展壮大城区经济，城区新开工亿元以上项目8个，新增规上工业企业10户，社会消费品"
        "零售总额增速高于全市2个百分点。",
        "12%",
        None,
    ),
    (
        "more/cities/太原市/2004.md",
        "加快乡镇企业体制机制创新，乡镇企业增加值和上缴税金分别增长27%和29%以上。",
        "29%以上",
        None,
    ),
    # carried from the clause before: the part's economy goes on
    (
        "more/prefectures/阳泉市/2022.md",
        "开发区“三化三制”改革基本完成，“一体两翼”格局初步形成，主战场主引擎作用充分显现，去年"
        "开发区工业投资增长30.7%，规上工业增加值增长13.7%，“四上”企业达到221家，增长19.5%。",
        "增长13.7%",
        None,
    ),
    (
        "more/cities/太原市/2004.md",
        "乡镇企业完成增加值83.5亿元，增长34%；上缴税金9.2亿元，增长53%。",
        "9.2亿元",
        None,
    ),
    (
        "more/cities/海口市/2025.md",
        "聚力打造现代商贸服务产业集群，园区营收增长26.4%、固投增长11%、税收增长15.2%，分别迈上"
        "5000亿元、500亿元和50亿元台阶。",
        "增长15.2%",
        None,
    ),
    # a part counted as an item of its own, an example, the object of a verb
    (
        "more/prefectures/锦州市/2014.md",
        "新增设施农业 10万亩、粮油高产示范区 60个、农业产业化龙头企业 100家、农民专业合作社 "
        "200个、家庭农场 1000个。",
        "100家",
        "new_agri_leading_enterprises",
    ),
    (
        "more/cities/厦门市/2021.md",
        "天马六代线等39个投资亿元以上项目开工建设，浪潮产业园等35个重点项目竣工投产，电气硝子"
        "三期等43个大项目增资扩产。",
        "35个",
        None,  # the part is an example, but the projects completed are no count of the list
    ),
    (
        "more/cities/武汉市/2026.md",
        "新改扩建中小学、幼儿园55所，市中医院长江新区院区等10个重点项目加快推进，荣获全国双拥"
        "模范城“八连冠”。",
        "10个",
        None,  # (prec6) the projects its examples name are the health sector's: a group of the list
    ),
    (
        "more/prefectures/陇南市/2023.md",
        "各类园区竞相发展，编制实施陇南经济开发区总体发展规划，制定出台推进园区加快发展的20条"
        "政策措施，健全理顺开发区体制机制，园区基础配套设施建设、招商引资工作进展顺利，在省级"
        "开发区考核中获得优秀等次。",
        "20条",
        "policy_measures",
    ),
    # a list of scopes, an item with a scope of its own, a key of the part (urban rates)
    (
        "more/prefectures/梅州市/2016.md",
        "城乡环境得到有效整治，城区生活垃圾无害化处理率达100%、农村生活垃圾有效处理率达75.4%。",
        "75.4%",
        "rural_garbage_treatment_rate",
    ),
    (
        "more/prefectures/山南市/2021.md",
        "坚决打好污染防治攻坚战，空气质量优良率达96%以上，集中式饮用水水源地和主要江河湖泊水质"
        "达标率为100%，泽当城区污水集中处理率达到96%、生活垃圾无害化处理率达到98%。",
        "98%",
        "garbage_treatment_rate",
    ),
    # not carried: a count or share of a sector, a scope of the whole named again
    (
        "more/cities/深圳市/2019.md",
        "新设外商投资企业增长近1.2倍，实际利用外资82亿美元、增长11%，对外直接投资增长118%。",
        "82亿美元",
        "utilised_foreign_capital",
    ),
    (
        "more/cities/重庆市/2018.md",
        "到2022年，营商环境明显优化，民间投资更加活跃，民营经济占比达到55%左右，进出口总额达到"
        "6000亿元，服务贸易额突破500亿美元，利用外资稳定在100亿美元以上。",
        "6000亿元",
        "foreign_trade",
    ),
    (
        "more/prefectures/梅州市/2014.md",
        "县域生产总值实现480.65亿元，增长12.2%；全市工业增加值241.24亿元，规模以上工业增加值"
        "172.62亿元，均增长14%。",
        "241.24亿元",
        "industry_value_added",
    ),
    # (place7) the urban core or the county towns alone: a part of the urban area, though the
    # table's pattern admits the word; all the towns (县城以上) keep it
    (
        "more/cities/成都市/2017.md",
        "新增公园绿地13万平方米，中心城区绿化覆盖率达40.9%，全市森林覆盖率达38.7%。",
        "40.9%",
        None,
    ),
    (
        "more/cities/佛山市/2017.md",
        "新增公路通车里程189公里，总里程达5387公里，中心城区公交分担率从2011年21%提升至2016年40.1%。",
        "40.1%",
        None,
    ),
    (
        "more/provinces/贵州省/2018.md",
        "集中式饮用水水源地水质达标率100%，县城以上空气质量优良天数比例达到97%。",
        "97%",
        "air_quality_ratio",
    ),
    # (place7) an industrial concentration zone (工业集中区) is a part too
    (
        "more/prefectures/白银市/2014.md",
        "工业集中区完成固定资产投资201.5亿元，实现技工贸总收入628亿元，同比增长31.1%；完成工业增加值"
        "198.9亿元，同比增长17%。",
        "198.9亿元",
        None,
    ),
    # (place7) the part's first clause states its own works (新改建…桥梁17座, 新建标准厂房…): the
    # clauses after it go on with the part; not a first clause that counts the parts themselves
    (
        "more/prefectures/聊城市/2021.md",
        "主城区新改建东板桥、王口桥等桥梁17座，新建过街天桥7座，通行效率显著提高。",
        "7座",
        None,
    ),
    (
        "more/prefectures/红河哈尼族彝族自治州/2014.md",
        "13个工业园区新建标准厂房15.3万平方米，新增入园企业185户，共完成工业总产值545亿元，增长29%，"
        "规上工业增加值170亿元，增长25%，完成园区固定资产投资56亿元。",
        "170亿元",
        None,
    ),
    (
        "more/provinces/辽宁省/2019.md",
        "全域旅游示范区创建单位达到35个，旅游业总收入增长13%。",
        "增长13%",
        "tourism_revenue_growth",
    ),
    # (place7) a part that opens a clause within the sentence (after 其中, or after the place's own
    # clauses) with its works goes on to the clauses after it, up to a semicolon
    (
        "more/prefectures/儋州市/2022.md",
        "其中，2021年洋浦经济开发区主要经济指标成绩喜人，地区生产总值、固定资产投资、货物进出口贸易总额"
        "分别增长30%、115.7%、92.3%，增速均位居全省第一；工业总产值增长28.1%；集装箱增长32.5%，增速在全国"
        "百万箱量级以上海港中排名第一。",
        "115.7%",
        None,
    ),
    (
        "more/prefectures/榆林市/2014.md",
        "进一步理顺园区发展体制机制，充分发挥大园区示范辐射带动作用，榆林高新区重点加快未开发区块建设"
        "步伐，完善工业配套设施，强力推进重点项目建设，完成生产总值 300 亿元；榆神工业区加快建设国家能源"
        "科技示范基地，重点推动重大能化项目及大保当镇后勤服务基地建设，完成生产总值 200 亿元。",
        "200 亿元",
        None,
    ),
    (
        "more/prefectures/铜仁市/2014.md",
        "以“工业投资年”为抓手，按照“扩总量、优结构、提效益”的总体目标，围绕“四个一体化”，确保全年工业"
        "投资完成625亿元，其中黔东工业聚集区完成375亿元、占总投资60%；实现规模以上工业增加值132亿元以上，"
        "新增规模以上工业企业100户以上，新增10亿元级企业2户。",
        "132亿元以上",
        "industrial_value_added",
    ),
    (
        "more/prefectures/德阳市/2023.md",
        "坚持数字产业化、产业数字化、治理数字化、数据价值化，“云上天府”大数据产业园、西部智能传感谷、"
        "光大特斯联等项目加快建设，天府数谷数字经济产业园入驻企业105家；实施智能工厂、数字化车间改造企业"
        "75家；新增5G基站3867个，在全省率先建成千兆光网城市，",
        "3867个",
        "base_stations_5g",
    ),
    # (place7) a zone opens the sentence; its clauses that open with a verb (加大…, 入区…) go on with it
    (
        "more/cities/西安市/2014.md",
        "渭北工业区建设加快推进，入区企业达到1204家，实现规模以上工业总产值1013.2亿元，占全市工业比重"
        "达到22.5%。",
        "1013.2亿元",
        None,
    ),
    (
        "more/prefectures/黔南布依族苗族自治州/2023.md",
        "独山贵州南部产业转移示范区重点破解能耗、土地等要素瓶颈，加大“僵尸”企业清理力度，加快"
        "基础材料产业项目落地建设，扩大锑产品、航空耳机等产品出口，外贸进出口达2亿美元。",
        "2亿美元",
        None,
    ),
    # (prec9b) a prefecture's central city (中心城市) is its core; the core opening a list scopes its
    # later items, not one with a scope of its own; the province's livelihood list in a lower report;
    # bare school places written for each kind of school
    (
        "more/prefectures/曲靖市/2023.md",
        "统筹推进工业、建筑、道路运输等重点行业领域大气污染防治，中心城市环境空气质量优良率达98%。",
        "98%",
        None,
    ),
    (
        "more/provinces/贵州省/2018.md",
        "推进垃圾分类收集处置，县城生活垃圾无害化处理率、污水处理率分别提高到95%和85%。",
        "85%",
        None,
    ),
    (
        "more/prefectures/昭通市/2022.md",
        "中心城市建成区面积62平方公里、常住人口增至77.76万人，省耕山水、乌蒙水乡等“城市客厅”普惠市民",
        "77.76万人",
        None,
    ),
    (
        "more/prefectures/保山市/2023.md",
        "妥善解决148个小区不动产登记遗留问题。省政府10件惠民实事全面落实。",
        "10件",
        None,
    ),
    (
        "more/cities/石家庄市/2021.md",
        "省20项民生工程、市10件民生实事顺利实施，兑现承诺。",
        "20项",
        None,
    ),
    (
        "more/cities/石家庄市/2021.md",
        "省20项民生工程、市10件民生实事顺利实施，兑现承诺。",
        "10件",
        "livelihood_projects",
    ),
    (
        "more/prefectures/晋城市/2014.md",
        "省定五件实事和市定10件实事全部完成。",
        "10件",
        "livelihood_projects",
    ),
    (
        "more/cities/成都市/2017.md",
        "建成公办幼儿园160所，新增学位4.8万个，新建和改扩建中小学60所，新增学位3.2万个。",
        "4.8万个",
        None,
    ),
    (
        "more/prefectures/包头市/2024.md",
        "新改扩建幼儿园、中小学校22所，分别新增学位2710个、10080个，学前教育普及普惠典型经验在全国推广。",
        "10080个",
        None,
    ),
    (
        "more/cities/长沙市/2021.md",
        "新建公办幼儿园30所，改扩建中小学校25所，新增学位4万个，确保每个义务教育适龄儿童都有学位。",
        "4万个",
        "new_school_places",
    ),
    # (prec9b) key projects named by examples before the phrase, or of the one sector the sentence
    # names: a group of the place's list; a sentence listing sectors keeps the list's key
    (
        "more/prefectures/中卫市/2016.md",
        "旅游产业实现新突破。实施旅游新镇、沙坡头景区提升改造、沙坡头水镇等重点项目28个。",
        "28个",
        None,
    ),
    (
        "more/cities/石家庄市/2012.md",
        "城镇面貌发生新变化。围绕城市建设上水平，实施重点工程80项，完成投资1500亿元。",
        "80项",
        None,
    ),
    (
        "more/prefectures/南阳市/2016.md",
        "把握服务业发展新趋势，立足我市特色优势产业，滚动实施100个重点项目，促进服务业占比提高、结构优化、功能提升。",
        "100个",
        None,
    ),
    (
        "more/prefectures/濮阳市/2021.md",
        "聚焦产业、交通、能源、水利等领域，实施284个省市重点项目，完成投资953.4亿元。",
        "284个",
        "key_projects",
    ),
]


@pytest.mark.parametrize("case", PART_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_part_of_the_place_takes_no_key_of_the_whole(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A quota of each unit (每个县…, 各县市区…), the capacity or area of one project (…200兆瓦风电等重点
# 项目), a list of parts (新区和梁园区、睢阳区…) and a sector's own statistic (民营企业新增贷款) get no
# key of the place; per-head standards (每人每月620元), counts that name the projects after them and
# the urban rates of a list of parts keep theirs, but for the core or the county towns alone
# (place7). (report, sentence, figure, key)
ONE_UNIT_CASES = [
    # (place7) the clauses after one whose subject is each zone, bound by 要/力争: the zones' targets
    (
        "more/cities/沈阳市/2018.md",
        "完善招商引资政策，实施项目“满园扩园”“腾笼换鸟”行动，提高土地利用强度，各开发区（园区）要"
        "完成产业项目引进任务，力争地区生产总值、规模以上工业增加值和固定资产投资分别增长8%、9%和"
        "15%以上。",
        "9%",
        None,
    ),
    (
        "more/prefectures/晋中市/2023.md",
        "每个县建设1所80—150个托位的示范性公办综合托育机构；",
        "150个",
        None,
    ),
    (
        "more/prefectures/昭通市/2022.md",
        "完善督查考核评价机制，市政府班子成员主动认领招商任务、各经济工作部门至少引进"
        "5000万元以上项目，各县市区至少引进2个亿元以上项目。",
        "2个",
        None,
    ),
    (
        "more/cities/杭州市/2012.md",
        "“十城千辆”指由科技部、财政部、发改委、工业和信息化部于2009年启动，计划"
        "用3年时间，每年发展10个城市，每个城市推出1000辆新能源汽车开展示范运行"
        "。",
        "1000辆",
        None,
    ),
    (
        "more/prefectures/邯郸市/2014.md",
        "加大企业上市力度，每个县（市、区）至少培育3家上市公司，",
        "3家",
        None,
    ),
    (
        "more/prefectures/东营市/2020.md",
        "城市低保标准提高到每人每月620元，",
        "620元",
        "urban_minimum_living_allowance",
    ),
    (
        "more/provinces/贵州省/2019.md",
        "高质量发展目标:全员劳动生产率提高到每人7.3万元左右，",
        "7.3万元左右",
        "labour_productivity",
    ),
    (
        "more/prefectures/葫芦岛市/2021.md",
        "发展新能源产业，开工建设徐大堡核电二期、辽能集团200兆瓦风电等重点项目，",
        "200兆瓦",
        None,
    ),
    (
        "more/prefectures/呼伦贝尔市/2025.md",
        "华能海拉尔热电厂、达赉湖热电厂60万千瓦风电项目建成并网，",
        "60万千瓦",
        None,
    ),
    (
        "more/prefectures/宝鸡市/2023.md",
        "坚持以港为核、以港带产、以产兴城、港产城融合发展，加快编制港务区发展总体规划"
        "，推进阳平铁路物流基地二期、30万平方米标准化厂房等项目建设，",
        "30万平方米",
        None,
    ),
    (
        "more/prefectures/宜春市/2014.md",
        "322座病险水库除险加固主体工程基本完工，",
        "322座",
        "dilapidated_reservoirs",
    ),
    (
        "more/provinces/江西省/2026.md",
        "坚持尽力而为、量力而行，办好以10件民生实事为引领的各项民生工程，",
        "10件",
        "livelihood_projects",
    ),
    (
        "more/prefectures/晋城市/2014.md",
        "按照全省“项目见效年”要求，今年要确保固定资产投资1047亿元和重点工程投资872亿元的年度目标，",
        "1047亿元",
        "fixed_asset_investment",
    ),
    (
        "more/prefectures/商丘市/2014.md",
        "在新区和梁园区、睢阳区新建、改扩建8所中小学校，",
        "8所",
        None,
    ),
    (
        "more/prefectures/漯河市/2014.md",
        "坚持优先发展教育事业，建成投用2所市区中学，改扩建市直2所中学，在市区和临颍"
        "县城筹建7所中小学，",
        "7所",
        None,
    ),
    (
        "more/cities/重庆市/2004.md",
        "开工建设主城区及影响区17座污水处理厂、15座垃圾处理场，",
        "17座",
        None,
    ),
    (
        "more/prefectures/平凉市/2020.md",
        "加大金融支持力度，发放特色产业贷款13.6亿元，为87户民营企业新增贷款7.6亿元，",
        "7.6亿元",
        None,
    ),
    (
        "more/prefectures/双鸭山市/2020.md",
        "新建和改造污水处理厂10个，市区和县城污水处理率分别达到95%和85%。",
        "85%",
        None,  # (place7) the county towns alone, beside the urban area's 95%: a part
    ),
]


@pytest.mark.parametrize("case", ONE_UNIT_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_quota_or_one_project_takes_no_key_of_the_place(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A short sentence that opens a run of a paragraph and names a new district or the urban core
# (肇庆新区进入产城融合新阶段。) makes the figures after it the part's; not an event (头门港新区成立。),
# a topic of more than the part (新城新区建设和旧城更新), nor a measure that helps the part (出台了
# 促进新区发展的10项措施). (report, run of the paragraph, figure, key)
TOPIC_CASES = [
    (
        "more/prefectures/肇庆市/2023.md",
        "肇庆新区进入产城融合新阶段。经过十年不懈奋斗，新区累计建成城市干道网125公"
        "里、地下综合管廊46公里，高水平医院、学校、酒店、环保等配套设施陆续建成投用"
        "，与鼎湖区融合发展机制进一步完善，从“大基建”投资转入“大产业”导入阶段。新"
        "能源汽车、电子信息等产业在建项目99个、新引进18个，规模以上工业增加值增长"
        "15.5%。",
        "增长15.5%",
        None,
    ),
    (
        "more/prefectures/雅安市/2023.md",
        "雅州新区建设快速起步。以“头号工程”力度抓建设，编制雅州新区发展规划，完善配"
        "套支持政策，赋予新区市级项目管理权限，新区发展活力持续激发。124个重点项目"
        "完成投资178.1亿元，预计实现地区生产总值180亿元、增长12.5%。",
        "180亿元",
        None,
    ),
    (
        "more/prefectures/滁州市/2016.md",
        "中心城区要提升提神。着眼提高品位品质，推动滁城由外延扩张式向内涵提升式转变，"
        "让市民生活得更便利、更舒心、更美好。一是提升规划水平。实施新一轮城市总体规划"
        "，强化滁来全规划衔接，实现中心城区“多规合一”。严格规划实施，切实发挥好规划"
        "的引领和调控作用。尽快编制实施海绵城市规划、管廊规划和水生态体系规划。加强城"
        "市设计，强化城市轮廓线、标志性建筑等建设管理，注重特色塑造，挖掘城市历史文化"
        "内涵。二是推进重点工程。以“四个一”工程为重点，实施好总投资超50亿元的44"
        "个重点建设项目。",
        "44个",
        None,
    ),
    (
        "more/prefectures/台州市/2014.md",
        "头门港新区成立。三山北涂围垦完成，担屿涂、洋市涂加快围垦。加强土地要素保障，"
        "消化批而未供土地3.3万亩，供应土地4.87万亩，增长42%。天台列入国家低"
        "丘缓坡综合开发利用试点。加强政银企合作，企业直接融资84.88亿元。回归工程"
        "成果明显，引进省外资金151.7亿元，",
        "151.7亿元",
        "domestic_capital_inflow",
    ),
    (
        "more/prefectures/襄阳市/2014.md",
        "新城新区建设和旧城更新同步推进。东津新区完成固定资产投资110.9亿元，两桥"
        "两环线控制性工程基本竣工，核心区基础设施实现全覆盖；80万平方米安置房主体完"
        "工，十大公共工程有9个开工建设；引进投资过10亿元的产业项目5个，总投资31"
        "2.7亿元。旧城更新稳步推进，中心城区开工建设“两改”项目27个、竣工2个，"
        "开工安置房308万平方米；内环线以内工业企业迁建完成31家、正在转迁36家，"
        "专业市场转迁对接基本到位；县（市）新城新区建设全面推进，核心区基础设施基本实"
        "现全覆盖，河谷组群发展扎实起步。城市基础性、支撑性功能项目开发系统推进。中心"
        "城区城市道路畅通工程成效显著，内环线全线贯通，东津大桥、卧龙大桥、唐白河大桥"
        "、胜利街立交桥建成通车，深南大道综合整治以及襄南景观大道等4个出口路建设完工"
        "，南北轴线建设快速推进；城市生态景观建设力度加大，新建公园游园10处、绿道1"
        "12.4公里，",
        "112.4公里",
        "greenways",
    ),
    (
        "more/cities/天津市/2014.md",
        "滨海新区发展迈出新步伐。出台了促进新区发展的10项措施，",
        "10项",
        "policy_measures",
    ),
    # (place7) the growth right after the amount of a sentence that goes on with the parks' sentence
    (
        "more/prefectures/营口市/2014.md",
        "重点园区承载能力持续增强。园区基础设施日益完善，完成固定资产投资730亿元，增长21%；新签约落地"
        "千万元以上项目228个，新开工建设项目292个，新增投产企业320户。实现规模以上工业增加值274.4亿元，"
        "增长13%",
        "增长13%",
        None,
    ),
    # (place7) a new town as the topic's subject, as a new district
    (
        "more/cities/厦门市/2018.md",
        "新城基地建设加快。开工项目232个、在建401个、竣工110个，完成固投826亿元，电力、供水、燃气、学校、"
        "医院等配套加快完善。",
        "826亿元",
        None,
    ),
    # (place7) a topic of the place's works on a part: its run is the part's
    (
        "more/prefectures/新乡市/2022.md",
        "加快推进中心城区提质发展。以全国文明城市常态化创建为统领，深入实施城市更新行动，大力"
        "提升城市治理水平。把今年作为基础设施建设攻坚年，加快老旧小区、市政设施等领域547个重点"
        "项目建设，完成投资320亿元以上。",
        "547个",
        None,
    ),
    (
        "more/prefectures/金华市/2021.md",
        "高标准建设自贸试验区金义片区。加快首批总投资1518亿元的74个重大项目建设，",
        "74个",
        None,
    ),
    (
        "more/cities/福州市/2020.md",
        "加快建设新区新城。全面提速滨海新城建设，加快长乐机场第二跑道、东南快速通道等80个基础"
        "设施项目建设，加快复寅精准医学创新中心、研发楼四期、京东物流园等60个产业项目建设，",
        "60个",
        None,
    ),
    # ... up to the next topic (加快重大交通基础设施建设。), where the place's own figures go on
    (
        "more/cities/南宁市/2014.md",
        "突出五象新区开发建设。新区管委会挂牌成立，全面推行“一线决策、一线审批、一线协调”工作法"
        "，项目开工不断创造新的“五象速度”。统筹做好市政基础设施、公共与配套设施等专项规划，重点"
        "片区规划进一步完善。积极探索区域连片土地统征统储和集中安置方式，开工建设12个安置点，妥"
        "善解决1.3万人安置问题。落实新增建设用地指标、“招拍挂”出让土地面积、征地完成量分别占市"
        "本级的44%、40%、50%。实施项目130项，完成投资153.62亿元。广州恒大等30多家国际、国内"
        "知名企业落户五象新区，兴业银行、太平保险等9家金融、保险机构集聚金融街，总部基地95%以上"
        "的土地已落实项目，投资达500多亿元。加快重大交通基础设施建设。轨道交通1号线完成投资32.5"
        "8亿元，2号线顺利开工，轨道交通第二轮规划（含3、4、5号线）已报国家发改委审批。南桂、南"
        "柳及南宁至钦北防高铁相继开通，市辖区内高铁里程306.27公里，南宁迈入高铁时代。南宁吴圩"
        "国际机场新航站楼主体完工，火车东站及周边路网建设全面推进。城市道路“白改黑”工程完成224"
        "条。良庆大桥开工建设，白沙大道3座立交桥、金湖广场下穿隧道等工程如期建成通车。经强力攻坚"
        "，历经9年建设的民主铁路立交桥、凌铁大桥建成通车，历经8年建设的长堽路打通至快环。扎实推"
        "进旧城改造。完成投资约51.7亿元，水街片区旧城区改建、老南宁·三街两巷旧城改造项目顺利推"
        "进，完成新阳路292号等20个土地熟化项目。重拳整治“两违”，拆除违法建设面积381.4万平方米"
        "、清理违法占地面积506.5万平方米。抓好“中国水城”建设。完成投资50.05亿元，增长81.1%。"
        "邕江两岸综合整治示范段（3.4公里）、良庆河综合整治工程三期如期建成，邕宁水利枢纽、江北"
        "引水干渠开工建设，老口水利枢纽完成投资13.4亿元，民歌湖、相思湖、明月湖等环城水系进一步"
        "提升。提升“中国绿城”水平。完成投资19.5亿元，增长34.96%。完成新造林24.49万亩，村屯绿"
        "化130个。成功举办第三届广西园林园艺博览会，五象湖公园成为新亮点。民族大道、五象大道、"
        "竹溪大道等城市精品线路的园林景观进一步提升，城市绿化、美化、彩化三年行动计划成效凸显。"
        "全市建成区绿地率、绿化覆盖率和人均公园绿地面积分别提高0.3、0.23个百分点和0.21平方米。"
        "环境空气质量（AQI指数）优良率达75%",
        "75%",
        "air_quality_ratio",
    ),
    # (place7) a paragraph that opens with the Corps as its subject reports the Corps
    (
        "more/provinces/新疆维吾尔自治区/2017.md",
        "兵团是自治区的重要组成部分。我们高度重视和支持兵团工作，大力促进兵地融合发展，积极支持"
        "兵团深化改革、发展壮大，兵团城镇化、新型工业化、农业现代化加快推进，各项事业取得显著成"
        "就。预计实现生产总值2120亿元，增长9%左右；固定资产投资1800亿元左右",
        "1800亿元左右",
        None,
    ),
    (
        "more/provinces/新疆维吾尔自治区/2009.md",
        "各位代表！过去的一年，新疆生产建设兵团在深化改革，扩大开放，加快现代农业发展，推进新型"
        "工业化建设，推动经济结构调整，着力改善民生等方面都取得巨大进步，为我区改革发展稳定做出"
        "了新的贡献。完成生产总值510亿元，增长12.5%",
        "510亿元",
        None,
    ),
    # ... not the region's figures beside work moved to the Corps, nor a new district's paragraph
    # that goes on with the city's port
    (
        "more/provinces/新疆维吾尔自治区/2019.md",
        "稳定和扩大就业。实施就业优先政策，突出抓好城乡富余劳动力转移就业、高校毕业生就业、退役"
        "军人就业、困难群体就业。大力实施发展产业带动就业工程，落实22个深度贫困县3年10万人就业"
        "扶贫规划，推动疆内跨区域转移就业、向兵团转移就业、向援疆省市转移就业。常态化推进就业困"
        "难人员“一对一”帮扶和零就业家庭动态清零工作，积极稳妥做好去产能职工就业安置。确保今年实"
        "现城镇新增就业45万人以上，农村富余劳动力转移就业270万人次",
        "270万人次",
        "rural_labour_transfer",
    ),
    (
        "more/cities/天津市/2014.md",
        "滨海新区发展迈出新步伐。出台了促进新区发展的10项措施，加大财税、金融、规划、土地等方面"
        "支持力度。新区生产总值增长17.5%。功能区建设继续加快，东疆港区第二港岛工程启动，国际邮轮"
        "码头二期建成；中新生态城开发建设全面推进，五年形成宜居社区目标如期实现；中心商务区招商引"
        "资力度不断加大，一 批商务楼宇投入使用；开发区、空港经济区、滨海高新区、临港经济区建设成效"
        "显著。年产25万辆长城汽车二期、阿尔斯通全球研发中心等重点项目竣工，大众汽 车变速箱等项目"
        "加快推进。基础设施建设取得重要进展。天津港30万吨级航道二期等重点工程竣工，货物吞吐量突破"
        "5亿吨",
        "突破5亿吨",
        "port_throughput",
    ),
]


@pytest.mark.parametrize("case", TOPIC_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_part_named_by_the_topic_sentence_takes_no_key_of_the_place(case):
    _, run, figure, key = case
    (record,) = [r for r in extract(run) if r.text == figure]
    assert record.indicator_key == key


# A count or area key means a stock or the year's additions, never both (高新技术企业达到260家 /
# 新增高新技术企业120家). By the table: the phrase's own verb (新增, 新认定, 新培育…); by the clause:
# a verb of adding that opens it (新建, 创建, 获批, 新缔结…: additions; 培育, 优化…: neither).
STOCK_AND_ADDED_KEY_CASES = [
    ("新增高新技术企业", "count", "家", "new_high_tech_enterprises"),
    ("新认定国家高新技术企业", "count", "家", "new_high_tech_enterprises"),
    ("高新技术企业总数", "count", "家", "high_tech_enterprises"),
    ("新增国家级专精特新“小巨人”企业", "count", "家", "new_specialised_smes"),
    ("新增养老机构床位", "count", "张", "new_elderly_care_beds"),
    ("养老床位", "count", "张", "elderly_care_beds"),
    ("新增高速公路通车里程", "amount", "公里", "new_expressway_mileage"),
    ("高速公路通车里程", "amount", "公里", "expressway_mileage"),
    ("新增“四上”企业", "count", "家", "new_four_above_firms"),
    ("“四上”企业", "count", "家", "four_above_firms"),
    ("新增农村劳动力转移就业", "count", "人", "new_rural_labour_transfer"),
    ("新结国际友好城市", "count", "对", "new_sister_cities"),
    ("新增有效灌溉面积", "amount", "亩", "irrigation_area_added"),
    ("新增高效节水灌溉面积", "amount", "亩", "water_saving_irrigation"),
]
STOCK_AND_ADDED_NO_KEY_CASES = [
    ("净增高新技术企业", "count", "家"),  # a net change: neither the stock nor the additions
    ("认定高新技术企业", "count", "家"),  # certified in the year, renewals included
    ("高速公路", "amount", "公里"),  # built, started or the network? (建设/新开工/建成 are cut)
    ("有效灌溉面积", "amount", "亩"),  # the area reached, not added
    ("节水灌溉面积", "amount", "亩"),  # reached, or built with the verb cut
    ("优化公交线路", "count", "条"),  # lines mended, not lines
    ("新增个体工商户", "growth", "%"),  # the growth of the additions
    ("新增新型研发机构", "count", "家"),  # (new_rd_institutions: 新型, new-type, is the stock)
]


@pytest.mark.parametrize("case", STOCK_AND_ADDED_KEY_CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_a_stock_and_its_additions_are_two_keys(case):
    indicator, kind, unit, key = case
    assert key_for(indicator, kind, unit) == key


@pytest.mark.parametrize("case", STOCK_AND_ADDED_NO_KEY_CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_neither_stock_nor_additions(case):
    assert key_for(*case) is None


ADDED_IN_CONTEXT_CASES = [
    # the key projects that reached a stage are no count of the list (a third reader's sample)
    (
        "more/prefectures/包头市/2024.md",
        "621个重大项目竣工310个、完成投资2064.5亿元",
        "310个",
        None,
    ),
    (
        "more/prefectures/朝阳市/2025.md",
        "远信固态电池及储能装备制造等97个重大项目实现当年签约、当年开工",
        "97个",
        None,
    ),
    ("provinces-2024/海南省.md", "实施省重点项目204个，其中新开工45个", "204个", "key_projects"),
    ("provinces-2024/海南省.md", "实施省重点项目204个，其中新开工45个", "45个", None),
    (  # a second reader's sample, round 5: 新获 adds too
        "more/cities/重庆市/2007.md",
        "实施名牌战略取得实效，新获中国名牌11个、中国驰名商标4件",
        "4件",
        "new_famous_trademarks",
    ),
    # a bare 办复率 is the suggestions' and proposals' only where the sentence names them
    (
        "more/cities/佛山市/2009.md",
        "认真办理人大代表议案、建议和政协提案，办复率100%",
        "100%",
        "proposal_reply_rate",
    ),
    (
        "more/prefectures/四平市/2020.md",
        "全年回复办理群众来电、来信、来访和网络留言反馈问题6.8万件，办复率达98.6%",
        "98.6%",
        None,
    ),
    ("more/provinces/河北省/2013.md", "新建8个国家重点实验室", "8个", "new_key_laboratories"),
    ("more/prefectures/儋州市/2022.md", "成功创建2家三甲医院", "2家", "new_tertiary_hospitals"),
    ("more/cities/西安市/2024.md", "新缔结2个国际友好城市", "2个", "new_sister_cities"),
    (
        "more/cities/长沙市/2025.md",
        "获批省级企业技术中心117家",
        "117家",
        "new_enterprise_technology_centres",
    ),
    (
        "more/prefectures/临沂市/2021.md",
        "新备案省级新型研发机构9家、院士工作站10家",
        "10家",
        "new_academician_workstations",
    ),
    # an item of a list under 新增 counts additions; an item with a level of its own is the stock
    (
        "more/prefectures/新乡市/2022.md",
        "新增国家高新技术企业80家、科技型中小企业100家以上",
        "100家以上",
        "new_tech_smes",
    ),
    (
        "more/provinces/甘肃省/2018.md",
        "新增国际友好城市16对、总数达到58对",
        "16对",
        "new_sister_cities",
    ),
    (
        "more/provinces/甘肃省/2018.md",
        "新增国际友好城市16对、总数达到58对",
        "58对",
        "sister_cities",
    ),
    ("more/prefectures/鄂州市/2023.md", "高新技术企业达到260家", "260家", "high_tech_enterprises"),
    ("more/prefectures/莱芜市/2014.md", "全市养老床位达到6200张", "6200张", "elderly_care_beds"),
    # a net change, a verb that may add or keep, a verb of mending: no key for a split stock
    ("more/cities/厦门市/2021.md", "净增国家高新技术企业354家，总数达2282家", "354家", None),
    (
        "more/prefectures/丽水市/2021.md",
        "培育国家高新技术企业50家、省级科技型中小企业170家",
        "50家",
        None,
    ),
    ("more/cities/武汉市/2010.md", "新辟、调整、优化20条公交线路", "20条", None),
    # a verb of change right before the figure is not the verb of adding that opens the clause
    ("more/provinces/江苏省/2023.md", "新建高标准农田120万亩、改造提升207万亩", "207万亩", None),
    (
        "more/provinces/江苏省/2023.md",
        "新建高标准农田120万亩、改造提升207万亩",
        "120万亩",
        "high_standard_farmland",
    ),
]


@pytest.mark.parametrize("case", ADDED_IN_CONTEXT_CASES, ids=lambda c: f"{c[1][:10]}-{c[2]}")
def test_additions_in_their_clause(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# Figures that are no figure of the place's statistic, read in their sentences (round 6, prec6): key
# projects named by examples (a group of the list), a total whose local share follows, things helped,
# articles of a policy carried out, a flow stated as its stock, a difference over a goal, items done of
# a list, the growth of additions, a list of sized projects, a part or sector that opens the sentence
# or the sentence before, a part of the year; and figures that keep their key beside them.
# (report, sentence, figure, key)
PREC6_CASES = [
    (  # 组建 sets up new ones (an independent reader of round 6 found the stock's key here)
        "more/cities/乌鲁木齐市/2017.md",
        "研究机构，组建市级工程技术研究中心（重点实验室）6家，新增高新技术企业和创新型（试点）企业30家。",
        "6家",
        "new_engineering_research_centres",
    ),
    (  # 新发展 adds, as 新增 does (a reader of round 6 found the stock's key here); demonstration
        # farms are a rating of farms, a subset: no key (acts10, a reader of round 8)
        "more/cities/唐山市/2016.md",
        "年内，争创省级园区5个、新认定市级园区20个，新发展专业大户140个、示范家庭农场40个。",
        "40个",
        None,
    ),
    (
        "more/cities/佛山市/2016.md",
        "旅游文化创意产业发展提速，南庄生态休闲工程、美的鹭湖森林度假区、亚拉巴海创意生态"
        "农博城等60个重点项目建设加快，总投资额982.33亿元。",
        "60个",
        None,
    ),
    (
        "more/prefectures/濮阳市/2021.md",
        "聚焦产业、交通、能源、水利等领域，实施284个省市重点项目，完成投资953.4亿元。",
        "284个",
        "key_projects",
    ),
    (
        "more/provinces/青海省/2005.md",
        "全省一般预算收入增长 13%，其中，地方一般预算收入增长10%。",
        "增长 13%",
        None,
    ),
    (
        "more/provinces/青海省/2005.md",
        "全省一般预算收入增长 13%，其中，地方一般预算收入增长10%。",
        "增长10%",
        "general_budget_revenue_growth",
    ),
    (
        "more/cities/哈尔滨市/2004.md",
        "财政一般预算收入135.3亿元，增长14.8%，其中地方财政一般预算收入76.4亿元，增长16.2%。",
        "135.3亿元",
        None,
    ),
    (
        "more/cities/哈尔滨市/2004.md",
        "财政一般预算收入135.3亿元，增长14.8%，其中地方财政一般预算收入76.4亿元，增长16.2%。",
        "76.4亿元",
        "general_budget_revenue",
    ),
    (
        "more/provinces/山西省/2007.md",
        "支持1000个带动农民增收的龙头企业，扶持300个农民专业合作社。",
        "300个",
        None,
    ),
    (
        "more/prefectures/白银市/2023.md",
        "严格落实安全生产十五条硬措施，开展“本质安全提升”攻坚年行动",
        "十五条",
        None,
    ),
    (
        "more/prefectures/酒泉市/2016.md",
        "积极应对经济下行压力，制定出台帮扶企业20条措施，着力解决企业生产经营困难",
        "20条",
        "policy_measures",
    ),
    (
        "more/prefectures/中山市/2021.md",
        "教育质量持续提升，幼儿园增至552所，完成新改扩建公办中小学53所，增加公办学位3.2万个",
        "552所",
        None,
    ),
    (
        "more/cities/西安市/2015.md",
        "全市优良天数超出省考指标71天，群众满意度较上年提高17.7个百分点。",
        "71天",
        None,
    ),
    (
        "more/prefectures/齐齐哈尔市/2016.md",
        "30件民生实事完成29件，“冬季国际冰雪马拉松”赛事因合作方核心层人员变动无法实施。",
        "29件",
        None,
    ),
    (
        "more/prefectures/齐齐哈尔市/2016.md",
        "30件民生实事完成29件，“冬季国际冰雪马拉松”赛事因合作方核心层人员变动无法实施。",
        "30件",
        "livelihood_projects",
    ),
    (
        "more/prefectures/宜宾市/2016.md",
        "大众创业、万众创新蓬勃开展，建成科技孵化器5个、众创空间30个，发展市场主体29"
        "300户、增长44.6%。",
        "增长44.6%",
        None,
    ),
    (
        "more/prefectures/德宏傣族景颇族自治州/2023.md",
        "芒市平河5万千瓦光伏发电、盈江15万千瓦光伏发电项目实现并网",
        "5万千瓦",
        None,
    ),
    (
        "more/prefectures/河源市/2022.md",
        "江东新区加快开发建设，建成东江东路、凤凰路等市政道路25条，建成区面积由2平方公"
        "里拓展到8平方公里。",
        "25条",
        None,
    ),
    (
        "more/prefectures/池州市/2014.md",
        "以示范区建设为契机，加快工业发展，做强经济实力，全年完成工业投资240亿元、增长"
        "27%，占总投资的52.5%",
        "240亿元",
        "industrial_investment",
    ),
    (
        "more/prefectures/六安市/2014.md",
        "非公有制经济蓬勃发展，比重由61.7%提高到67 %，实现税收由27.3亿元增至89.3亿元。",
        "89.3亿元",
        None,
    ),
    (
        "more/prefectures/宣城市/2016.md",
        "宣城经济技术开发区狠抓工业和项目两个重点，新签项目81个，竣工投产工业项目20个"
        "，亿元以上项目实际到位省外资金43.8亿元，实际利用外资8195万美元。完成固定"
        "资产投资43.2亿元，世行项目“八路一桥一厂”工程加快推进。",
        "43.2亿元",
        None,
    ),
    (
        "more/prefectures/宣城市/2016.md",
        "宣城经济技术开发区狠抓工业和项目两个重点，新签项目81个，竣工投产工业项目20个"
        "，亿元以上项目实际到位省外资金43.8亿元，实际利用外资8195万美元。完成固定"
        "资产投资43.2亿元，世行项目“八路一桥一厂”工程加快推进。",
        "8195万美元",
        None,
    ),
    (
        "more/prefectures/普洱市/2023.md",
        "咖啡产业力争精深加工率达50%。新增标准化咖啡示范园0.8万亩，改造中低产咖啡园"
        "17万亩，新建和改建鲜果集中加工厂20个，启动云南农垦、隅田川等精深加工项目，建"
        "成金客隆、上海灿顺精深加工生产线，运营好云南精品咖啡加工园，实现规上工业产值16"
        "亿元以上。",
        "16亿元以上",
        None,
    ),
    (
        "more/provinces/四川省/2019.md",
        "我省一季度地区生产总值下降3%，是改革开放以来首次负增长",
        "下降3%",
        "gdp_growth",  # a part of the year keeps its key: its period is `part`
    ),
    (
        "more/cities/武汉市/2024.md",
        "经济增速逐季回升，一季度增长4.5%，上半年增长5%，前三季度增长5.5%，全年增长5.7%",
        "增长5%",
        "gdp_growth",  # (period `part`)
    ),
    (
        "more/prefectures/中山市/2021.md",
        "全市生产总值增速从一季度的-13.1%回升到1.5%，在全省排名明显上升",
        "1.5%",
        "gdp_growth",
    ),
    (
        "more/cities/天津市/2023.md",
        "金融创新运营示范区建设步伐加快，金融服务实体经济能力持续提升，金融业增加值占比达"
        "到13.5%左右。",
        "13.5%左右",
        "finance_share",
    ),
    (
        "more/prefectures/遂宁市/2023.md",
        "中国（四川）自贸试验区遂宁协同改革先行区揭牌，预计进出口总额增长30%以上。",
        "增长30%以上",
        "foreign_trade_growth",
    ),
    (
        "more/provinces/浙江省/2018.md",
        "县域医疗服务共同体建设试点积极推进，新建或调整布局居家养老服务中心1811个、新"
        "增养老机构床位3.1万张。",
        "3.1万张",
        "new_elderly_care_beds",
    ),
    (
        "more/cities/泉州市/2019.md",
        "以国家自主创新示范区建设为抓手，集聚科技创新全要素，力争研发经费支出增长30%以上。",
        "增长30%以上",
        "rd_expenditure_growth",
    ),
    (
        "more/cities/长春市/2018.md",
        "打通35条断头路、卡脖路。",
        "35条",
        None,
    ),
    (
        "more/prefectures/三亚市/2022.md",
        "人大附中三亚学校、上外三亚附中等40所中小学、幼儿园建成开学，新增学位2.6万个",
        "40所",
        None,
    ),
    (
        "more/prefectures/亳州市/2022.md",
        "支持各县区、开发区立足资源禀赋，因地制宜发展优势产业，各培育1—3个特色产业集群"
        "，形成错位联动、竞相发展的产业格局。",
        "3个",
        None,
    ),
    (
        "more/cities/沈阳市/2012.md",
        "实施机场路、三环、四环等重点街路绿化，改造北陵、南湖等10个公园，继续实施小街小巷整修工程",
        "10个",
        None,
    ),
    (
        "more/cities/郑州市/2026.md",
        "改造新建高标准农田9.7万亩，推动西部山区部分旱地灌溉工程纳入省陆浑灌区二期",
        "9.7万亩",
        "high_standard_farmland",
    ),
    (
        "more/prefectures/黔东南苗族侗族自治州/2023.md",
        "“组团式”帮扶持续扩面，佛山市80所学校结对帮扶我州74所学校。",
        "74所",
        None,
    ),
    (
        "more/prefectures/清远市/2018.md",
        "培育壮大新型农业经营主体，新增农民合作社152家，家庭农场1934家。",
        "1934家",
        "new_family_farms",
    ),
    (
        "more/prefectures/邢台市/2014.md",
        "新增村镇银行3家，小额贷款公司11家，数量均居全省首位。",
        "11家",
        "new_small_loan_companies",
    ),
    (
        "more/prefectures/商丘市/2014.md",
        "规模以上工业增加值增速一直在16%～16.8%的区间运行，利润增速从上半年的0.08%回升至全年的13%;",
        "16.8%",
        None,  # the band of the year's monthly rates, not the year's rate (16.2%)
    ),
    (
        "more/cities/大连市/2009.md",
        "花园口经济区开发建设全面提速，签约项目47个，实际使用外资增长340%。",
        "增长340%",
        None,
    ),
]


@pytest.mark.parametrize("case", PREC6_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_figure_of_no_statistic_of_the_place_takes_no_key(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A phrase that names the report's own place before its statistic (哈尔滨市生产总值 in 哈尔滨's
# report) is the place's own figure, as 全市 would write it; not another place (大庆市 in 哈尔滨's),
# a part (市区), a facility named after the place (丽江机场 beside 泸沽湖机场) or what something
# drove (带动陕西进出口). (report, the report's congress line, sentence, figure, key)
OWN_PLACE_CASES = [
    (
        "more/cities/哈尔滨市/2004.md",
        "——2004年2月22日哈尔滨市十二届人大二次会议通过",
        "实现哈尔滨市生产总值1414.8亿元，增长13.5%，为1997年以来最高水平。",
        "增长13.5%",
        "gdp_growth",
    ),
    (
        "more/cities/贵阳市/2023.md",
        "（2023年2月8日在贵阳市第十五届人民代表大会第三次会议上）",
        "贵阳市地区生产总值达到4921.17亿元、增长2.0%，高于全省0.8个百分点",
        "4921.17亿元",
        "gdp",
    ),
    (
        "more/prefectures/巴中市/2023.md",
        "——2023年1月3日在巴中市第五届人民代表大会第二次会议上",
        "巴山肉牛、南江黄羊年饲养量分别增长30.2%、6.3%，巴中茶叶产量增长25.4%。",
        "增长25.4%",
        "tea_output_growth",
    ),
    (
        "more/cities/广州市/2008.md",
        "**2008年2月17日在广州市第十三届人民代表大会第三次会议上**",
        "开放型经济快速发展，广州地区进出口总值734.94亿美元，同比增长15.2%。",
        "增长15.2%",
        "foreign_trade_growth",
    ),
    (
        "more/provinces/陕西省/2026.md",
        "2026年1月27日在陕西省第十四届人民代表大会第四次会议上",
        "中欧班列（西安）开行6037列、增长21.1％，带动陕西进出口415.4亿元、增长11.7％。",
        "增长11.7％",
        None,
    ),
    (
        "more/prefectures/丽江市/2021.md",
        "——2021年2月3日在丽江市第四届人民代表大会第四次会议上",
        "丽江机场旅客吞吐量503.7万人次，泸沽湖机场旅客吞吐量12.2",
        "503.7万人次",
        None,
    ),
    # rates7: ratios too (a level of the place written with its name)
    (
        "more/prefectures/黄石市/2022.md",
        "——2022年1月6日在黄石市第十五届人民代表大会第一次会议上",
        "黄石空气优良率由75.5%提高到85.2%",
        "85.2%",
        "air_quality_ratio",
    ),
    (
        "more/prefectures/临沧市/2023.md",
        "——2023年2月10日在临沧市第五届人民代表大会第三次会议上",
        "临沧中心城市空气质量优良率达98.9%，提高0.8个百分点。",
        "98.9%",
        "air_quality_ratio",
    ),
]


# (place7) A figure said to be a share of the report's own place (占全市比重, 占全市工业增加值比重) is a
# part's; a city's share of its province (占全省) is the city's own. (report, the report's congress
# line, sentence, figure, key)
SHARE_OF_PLACE_CASES = [
    (
        "more/prefectures/云浮市/2015.md",
        "——2015年1月21日在云浮市第五届人民代表大会第五次会议上",
        "实现规模以上工业总产值350亿元，占全市比重35.5%；规模以上工业增加值100亿元，占全市比重36%。",
        "100亿元",
        None,
    ),
    (
        "more/prefectures/河源市/2014.md",
        "——2014年1月7日在河源市第六届人民代表大会第四次会议上",
        "“一区六园”开发建设投入10亿元，扩容3.65平方公里，配套设施不断完善，接纳能力进一步提升；"
        "实现工业增加值175亿元、增长30%，占全市工业增加值比重64%；实现税收18亿元、增长30%，占全市"
        "税收比重23%。",
        "增长30%",
        None,
    ),
    (
        "more/cities/厦门市/2021.md",
        "**――二〇二一年一月十八日在厦门市第十五届人民代表大会第六次会议上**",
        "实现进出口总额6915.8亿元，增长7.8%，占全省49.3%。",
        "6915.8亿元",
        "foreign_trade",
    ),
]


@pytest.mark.parametrize("case", SHARE_OF_PLACE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}")
def test_a_share_of_the_place_itself_is_a_part(case):
    _, congress, sentence, figure, key = case
    (record,) = [r for r in extract(congress + "\n\n" + sentence) if r.text == figure][:1]
    assert record.indicator_key == key


@pytest.mark.parametrize("case", SHARE_OF_PLACE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}")
def test_share_of_place_case_is_quoted_from_its_report(case):
    from conftest import CORPUS

    path = CORPUS / case[0]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    body = path.read_text(encoding="utf-8")
    assert case[1] in body and case[2] in body


@pytest.mark.parametrize("case", OWN_PLACE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}")
def test_the_own_place_named_before_a_statistic_is_the_whole(case):
    _, congress, sentence, figure, key = case
    (record,) = [r for r in extract(congress + "\n\n" + sentence) if r.text == figure]
    assert record.indicator_key == key


@pytest.mark.parametrize("case", OWN_PLACE_CASES, ids=lambda c: f"{c[2][:12]}-{c[3]}")
def test_own_place_case_is_quoted_from_its_report(case):
    from conftest import CORPUS

    path = CORPUS / case[0]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    body = path.read_text(encoding="utf-8")
    assert case[1] in body and case[2] in body


# (report, sentence quoted from it, figure, key): figures a rule of context tells apart from the
# statistic their phrase names (round 6, prec7): things a problem was solved for, revenue of all
# levels beside its local part, a bare statistic after a subset's item or beside an owner's,
# 分别 lists whose items the key lumps, verbs that may add (引育, 培养, 组建), the works of a part
# that opens its sentence.
CONTEXT_CASES = [
    (
        "more/cities/深圳市/2009.md",
        "解决了19家上市公司的用地问题，启动创新产业用房建设，扩大产业发展空间。",
        "19家",
        None,
    ),
    (
        "more/cities/西宁市/2013.md",
        "全年实现地区生产总值851.09亿元，增长15%；实现公共财政预算收入122.7亿元，增长20.4%；"
        "总财力达到192.6亿元，增长23.5%；地方公共财政预算收入达到54.8亿元",
        "122.7亿元",
        None,
    ),
    (
        "more/cities/西宁市/2013.md",
        "全年实现地区生产总值851.09亿元，增长15%；实现公共财政预算收入122.7亿元，增长20.4%；"
        "总财力达到192.6亿元，增长23.5%；地方公共财政预算收入达到54.8亿元",
        "54.8亿元",
        "general_budget_revenue",
    ),
    (
        "more/provinces/陕西省/2026.md",
        "延安苹果、汉中中药材入选国家级优势特色产业集群，猕猴桃综合产值增长8.5％、出口增长53.6％。",
        "增长53.6％",
        None,
    ),
    (
        "more/prefectures/徐州市/2016.md",
        "五年来，累计完成实际到账注册外资77.8亿美元、进出口321.7亿美元，分别是“十一五”的2.6倍和2.3倍。",
        "321.7亿美元",
        "foreign_trade",
    ),
    (
        "more/cities/青岛市/2005.md",
        "民营经济实力明显增强。实现增加值、税收分别增长18％和22％",
        "22％",
        None,
    ),
    (
        "more/cities/沈阳市/2018.md",
        "投资、消费、出口分别增长6%、6%和11%",
        "11%",
        "exports_growth",
    ),
    (
        "more/provinces/青海省/2010.md",
        "全省广播、电视综合人口覆盖率分别达到90%和95%。",
        "90%",
        "radio_coverage",
    ),
    (
        "more/provinces/青海省/2010.md",
        "全省广播、电视综合人口覆盖率分别达到90%和95%。",
        "95%",
        "tv_coverage",
    ),
    (
        "more/cities/昆明市/2026.md",
        "国控、省控断面优良水体比例分别提高至85.2%、88.9%。",
        "88.9%",
        None,
    ),
    (
        "more/prefectures/毕节市/2020.md",
        "中心城区、城镇污水处理率分别达95%、85%",
        "85%",
        "sewage_treatment_rate",
    ),
    (
        "more/prefectures/舟山市/2021.md",
        "全面实施“舟创未来”海纳计划、高校毕业生聚舟计划和新时代工匠培育工程，引育“高精尖”人才400人、"
        "大学生10万人、高技能人才3.5万名。",
        "3.5万名",
        None,
    ),
    (
        "more/prefectures/铜仁市/2014.md",
        "组建22家小额贷款公司、4家融资担保公司、20家农民资金互助合作社",
        "22家",
        "new_small_loan_companies",  # 组建 sets up new ones (re-read at the merge of round 6)
    ),
    (
        "more/prefectures/齐齐哈尔市/2016.md",
        "中心城区拆除违建4830处，新建停车场22处，20座新型环保公厕投入使用。",
        "22处",
        None,
    ),
    (
        "more/prefectures/邢台市/2021-08.md",
        "市区新建公园游园88个，新增绿地2223公顷，依托塌陷区建成了3平方公里的园博园",
        "2223公顷",
        None,
    ),
    (
        "more/cities/南昌市/2005.md",
        "制造业项目多:全市新批外商投资制造业项目125个，实际利用外资3.9亿美元，占实际利用外资的55%。",
        "3.9亿美元",
        None,
    ),
    (
        "more/provinces/黑龙江省/2014.md",
        "对俄进出口总额完成223.6亿美元，增长5.8%，占全国对俄进出口总额的25.1%。",
        "223.6亿美元",
        "russia_trade",
    ),
    (
        "more/prefectures/随州市/2022.md",
        "“随州香稻”荣获“我喜爱的湖北品牌”金奖。农产品加工实现产值520亿元、增长12%，出口8亿美元。",
        "8亿美元",
        None,
    ),
    (
        "more/prefectures/吐鲁番市/2023.md",
        "一般公共预算收入同比增长15%，进出口同比增长46.9%，固定资产投资同比增长10.4%",
        "增长46.9%",
        "foreign_trade_growth",
    ),
    (
        "more/cities/海口市/2025.md",
        "升级改造金牛岭等5个公园，完成南渡江河口右岸生态修复，新增“口袋公园”12个。",
        "5个",
        None,
    ),
    (
        "more/cities/银川市/2017.md",
        "建成国家科技成果转移转化平台３个，省部级共建实验室20家、工程技术研究中心30家，发展高新企业51家",
        "30家",
        "new_engineering_research_centres",
    ),
    # round 7, from an independent reading: 争创 (strive to win) counts the year's additions; the
    # first item's "per unit of GDP" holds for the items after it; 地区性财政收入 (all revenue
    # collected in the area, central taxes too: 303亿 beside 地方财政总收入 127.66亿) is no budget revenue
    (
        "more/provinces/宁夏回族自治区/2016.md",
        "争创中国驰名商标4个、宁夏名牌产品20个",
        "4个",
        "new_famous_trademarks",
    ),
    (
        "more/provinces/江苏省/2023.md",
        "争创国家专精特新“小巨人”企业300家以上、制造业单项冠军30家以上",
        "300家以上",
        "new_specialised_smes",
    ),
    (
        "more/prefectures/巴彦淖尔市/2014.md",
        "单位生产总值能耗和二氧化碳排放量分别下降2%和3%。",
        "3%",
        "carbon_intensity",
    ),
    (
        "more/cities/深圳市/2007.md",
        "万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%；",
        "4%",
        "water_intensity",
    ),
    (
        "more/cities/兰州市/2011.md",
        "地区性财政收入突破300亿元，达到303亿元，增长18.91%；",
        "303亿元",
        None,
    ),
    # things a flow key counts, reaching a figure with no verb of building in their clause: the stock
    ("more/cities/太原市/2023.md", "年内5G基站达到1.4万座以上。", "1.4万座以上", None),
    (
        "more/provinces/广西壮族自治区/2021.md",
        "建设42个数据中心，5G基站达2.1万座。",
        "2.1万座",
        None,
    ),
    # an adding verb beside a verb of mending or going on: neither what was added nor the stock
    ("more/cities/西安市/2025.md", "新开和调整通学、通医等公交线路20条。", "20条", None),
    ("more/prefectures/晋中市/2023.md", "新建改造设施农业1万亩以上，", "1万亩以上", None),
    ("more/prefectures/通化市/2014.md", "新开公交线路5条。", "5条", "new_bus_lines"),
    # the key projects of a cooperation, not the place's list
    (
        "more/provinces/辽宁省/2002.md",
        "推进与中科院合作的“双百工程”和与清华、北大合作的100个重点项目，",
        "100个",
        None,
    ),
    # trains run are counted in the year, whatever the verb (no stock of trains is counted)
    ("more/cities/合肥市/2025.md", "中欧班列突破900列，", "突破900列", "china_europe_trains"),
    # an amount per person written in 亿: what was paid in all
    (
        "more/provinces/湖南省/2002.md",
        "全省发放企业离退休人员基本养老金63.99亿元，",
        "63.99亿元",
        None,
    ),
    (
        "more/cities/青岛市/2016.md",
        "企业退休人员基本养老金达到2914元，",
        "2914元",
        "pension_level",
    ),
    # a list of changes after 分别 and an adverb (再, 又): no level
    (
        "national/2022.md",
        "居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元，",
        "5元",
        None,
    ),
    # built new or rebuilt: neither the stock nor what was added (a key kept apart from its
    # additions), though the phrase lost the verb
    (
        "more/cities/乌鲁木齐市/2014.md",
        "农业高效节水面积达到10万亩，新（改）建设施农业6000亩。",
        "6000亩",
        None,
    ),
    ("more/prefectures/池州市/2014.md", "新改建绿色建筑90万平方米。", "90万平方米", None),
    # ... but what was built new is what was added
    (
        "more/prefectures/铁岭市/2023.md",
        "新建设施农业6000亩，",
        "6000亩",
        "new_facility_agriculture",
    ),
    # a growth with something left out of its statistic (taxes cut, a base, capacity closed):
    # not the statistic's growth; with prices left out, the real growth of a nominal statistic
    (
        "more/prefectures/连云港市/2021.md",
        "一般公共预算收入剔除减税降费因素增长6.5%",
        "增长6.5%",
        None,
    ),
    (
        "more/prefectures/淮北市/2020.md",
        "全市生产总值突破1000亿元，预计增长3%，剔除煤炭去产能等因素，实际增长6%左右。",
        "增长6%左右",
        None,
    ),
    (
        "more/prefectures/淮北市/2020.md",
        "全市生产总值突破1000亿元，预计增长3%，剔除煤炭去产能等因素，实际增长6%左右。",
        "增长3%",
        "gdp_growth",
    ),
    (
        "communiques/1981.md",
        "一九八一年社会商品零售总额2，350亿元，比上年增长9．8％，扣除零售物价上升因素，实际增长7．2％。",
        "增长7．2％",
        None,
    ),
    (
        "communiques/1981.md",
        "一九八一年社会商品零售总额2，350亿元，比上年增长9．8％，扣除零售物价上升因素，实际增长7．2％。",
        "增长9．8％",
        "retail_sales_growth",
    ),
    # ... but the real growth of a statistic that is real (per head, productivity), and a figure
    # after another figure after the words, keep their keys
    (
        "communiques/1996.md",
        "人均国内生产总值5569元，全社会劳动生产率9902元，扣除价格因素，分别比上年增长8．6％和8．3％。",
        "增长8．6％",
        "gdp_per_capita_growth",
    ),
    (
        "more/prefectures/铁岭市/2023.md",
        "一般公共预算收入扣除留抵退税因素后同口径下降2.1%，社会消费品零售总额增长1%，",
        "增长1%",
        "retail_sales_growth",
    ),
    (
        "more/prefectures/阜新市/2023.md",
        "300家中小企业高质量“上云”，5G基站突破2400个，实现5G网络全覆盖。",
        "突破2400个",
        None,
    ),
    # ... or listed with no verb at all: how many there are
    (
        "communiques/2007.md",
        "乡镇卫生院3.9万个，床位67.5万张，卫生技术人员86.3万人。",
        "3.9万个",
        None,
    ),
    (
        "communiques/2016.md",
        "基层医疗卫生机构93.1万个，其中乡镇卫生院3.7万个，社区卫生服务中心（站）3.5万个，",
        "3.7万个",
        None,
    ),
    (
        "communiques/2021.md",
        "年末移动电话基站数[32]996万个，其中4G基站590万个，5G基站143万个。",
        "143万个",
        None,
    ),
    ("more/cities/贵阳市/2021.md", "全市停车位87万个。", "87万个", None),
    # ... but what was done keeps the key, whether its verb stands before or after the figure
    (
        "more/cities/兰州市/2011.md",
        "完成66个乡镇卫生院和 772个村卫生所标准化建设。",
        "66个",
        "township_hospitals",
    ),
    ("more/prefectures/普洱市/2023.md", "开通5G基站1715个，", "1715个", "base_stations_5g"),
    ("more/cities/长沙市/2025.md", "新增停车位16.6万个。", "16.6万个", "parking_spaces"),
]


@pytest.mark.parametrize("case", CONTEXT_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_the_context_tells_what_a_figure_measures(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


def test_every_word_of_a_part_holds_a_hint():
    """keying._PART_HINT, the cheap test before _PART, must find every word _PART finds."""
    import re

    from ningbo_indicators.dataset import keying

    body = re.sub(r"\(\?<?[!=].*?\)", "", keying._PART.pattern)  # the look-arounds go
    words = [w for w in body.removeprefix("(?:").split(")")[0].split("|") if w]
    assert len(words) > 30
    for word in words:
        assert keying._PART.search(word) and keying._PART_HINT.search(word), word


# rates7 (round 7, rates): named rates of national or provincial statistics written in more
# wordings or keyed for the first time, read in their sentences; beside them the rates of a
# subset or of another measure that stay unkeyed (流动人口, 高职, 市话, 千人以上 sources, 高考升学率
# read either way, 金融业对GDP的贡献率 without 增长), and the ordinal of a spoken list that is no part
# of the phrase (九是城乡居民最低生活保障标准分别提高…: the urban and rural standards).
# (report, sentence quoted from it, figure, key)
RATES7_CASES = [
    (
        "more/cities/贵阳市/2023.md",
        "深入实施工业倍增行动，七大重点产业总产值占规模以上工业总产值的比重达64.3%，制造业对经济增长贡献率达32.5%。",
        "32.5%",
        "manufacturing_contribution",
    ),
    (
        "more/cities/南宁市/2021.md",
        "金融业增加值增长5.8%、对经济增长贡献率达19.5%，人民币存贷款余额增长10.5%，保费收入增长17.8%。",
        "19.5%",
        "finance_contribution",
    ),
    (
        "more/prefectures/阳江市/2018.md",
        "中职毕业生就业率达97%以上，困难家庭学生资助实现从学前教育到高等教育全覆盖。",
        "97%以上",
        "vocational_graduate_employment_rate",
    ),
    (
        "more/prefectures/吐鲁番市/2023.md",
        "稳步推进职业教育快速发展，鄯善县职业高中升格为中等职业技术学校，全市高、中职毕业生就业率达到96.2%、90.9%。",
        "90.9%",
        "vocational_graduate_employment_rate",
    ),
    (
        "more/prefectures/吐鲁番市/2023.md",
        "稳步推进职业教育快速发展，鄯善县职业高中升格为中等职业技术学校，全市高、中职毕业生就业率达到96.2%、90.9%。",
        "96.2%",
        None,
    ),
    (
        "more/provinces/宁夏回族自治区/2026.md",
        "稳步扩大教育资源供给，新增高中学位8700多个、比年度计划翻了一番，普通高中升学率超过76%。",
        "超过76%",
        "high_school_progression_rate",
    ),
    (
        "more/cities/太原市/2004.md",
        "扩大高中办学规模，高中毕业生升学率达到60%以上。",
        "60%以上",
        "high_school_progression_rate",
    ),
    (
        "more/cities/大连市/2001.md",
        "素质教育取得成效，教育整体水平明显提高，全市实现了6周岁儿童入学的目标，高中阶段教育普及率突破70%，高考升学率达到90%；",
        "90%",
        None,
    ),
    (
        "more/prefectures/昌都市/2023.md",
        "孕产妇住院分娩率达96.14%，孕产妇、婴儿死亡率分别下降至27.28/10万、5.18‰，手术救治大骨节病患者334人、先心病患者29人。",
        "96.14%",
        "hospital_delivery_rate",
    ),
    (
        "more/provinces/广东省/2001.md",
        "到2000年底，全省电话普及率达38. 8％，比1995年提高26. 7个百分点；",
        "38. 8％",
        "telephone_penetration",
    ),
    (
        "more/provinces/海南省/1995.md",
        "全省电话普及率达 3.95% ，市话普及率达 15.6% ，均超过全国平均水平；",
        "15.6%",
        None,
    ),
    (
        "more/provinces/广东省/2023.md",
        "推进家庭医生签约服务，65岁及以上老年人城乡社区规范健康管理服务率超60%。",
        "超60%",
        "elderly_health_management_rate",
    ),
    (
        "more/cities/昆明市/2018.md",
        "推进城乡义务教育一体化发展，确保全市初中三年完学率达95%。",
        "95%",
        "junior_high_completion_rate",
    ),
    (
        "more/prefectures/红河哈尼族彝族自治州/2014.md",
        "初中学生三年完学率达96.2%。",
        "96.2%",
        "junior_high_completion_rate",
    ),
    (
        "more/provinces/山东省/2018.md",
        "规模以上工业企业资产负债率降至55%。",
        "55%",
        "industrial_asset_liability_ratio",
    ),
    (
        "more/cities/无锡市/2017.md",
        "规上工业资产负债率下降至53.4%，水电气等企业生产要素成本有效降低，“营改增”试点五年累计减税138亿元。",
        "53.4%",
        "industrial_asset_liability_ratio",
    ),
    (
        "more/cities/大连市/2001.md",
        "国有企业资产负债率由68%下降到55%；",
        "55%",
        None,
    ),
    (
        "more/prefectures/萍乡市/2014.md",
        "全市新增城镇就业3.1万人，新增农村劳动力转移就业2.3万人，城镇就业率达96%，登记失业率3.15%，创业带动就业比率达到1:4.4，零就业家庭就业安置率100%。",
        "96%",
        "urban_employment_rate",
    ),
    (
        "more/prefectures/忻州市/2022.md",
        "加强能耗“双控”，单位GDP能耗可实现下降3.7%的目标，大宗工业固废综合利用率达70%以上。",
        "70%以上",
        "bulk_solid_waste_utilisation",
    ),
    (
        "more/prefectures/镇江市/2025.md",
        "大宗工业固体废弃物综合利用率达到90%以上，建筑垃圾资源化综合利用率达到70%以上，秸秆综合利用率稳定在95%以上。",
        "90%以上",
        "bulk_solid_waste_utilisation",
    ),
    (
        "more/prefectures/河池市/2022.md",
        "强化生态保护，连续22年实现耕地占补平衡，植树造林33.2万亩，村庄绿化覆盖率47.2%，居全区第一。",
        "47.2%",
        "village_green_coverage",
    ),
    (
        "more/prefectures/伊春市/2021.md",
        "完成国家森林城市建设总体规划编制，推进城区绿化攻坚和主题公园、森林乡村建设，城区、乡村绿化覆盖率分别达到43.95%和30%。",
        "30%",
        "village_green_coverage",
    ),
    (
        "more/cities/长春市/2024.md",
        "村屯绿化覆盖率达到30%以上。",
        "30%以上",
        "village_green_coverage",
    ),
    (
        "more/provinces/贵州省/2008.md",
        "“两基”人口覆盖率达到100%，农村义务教育“两免一补”政策全面落实。",
        "100%",
        "two_basics_coverage",
    ),
    (
        "more/provinces/青海省/2005.md",
        "教育事业稳步发展，全省“普九”覆盖率达83%，比上年提高3个百分点；",
        "83%",
        "compulsory_education_coverage",
    ),
    (
        "more/provinces/山东省/2016.md",
        "乡镇（街道）综合性文化服务中心覆盖率由61%提高到99.2%。",
        "99.2%",
        "township_cultural_centre_coverage",
    ),
    (
        "more/prefectures/铜仁市/2024.md",
        "强化松材线虫病等疫情防控，林业有害生物成灾率控制在2‰以内。",
        "2‰以内",
        "forest_pest_disaster_rate",
    ),
    (
        "more/prefectures/定西市/2025.md",
        "开展工业水效提升行动，规上工业用水重复利用率达到94%以上。",
        "94%以上",
        "industrial_water_reuse_rate",
    ),
    (
        "more/prefectures/白山市/2016.md",
        "城市工业用水重复利用率达到80%以上，市区及县城空气质量达标天数均超过240天。",
        "80%以上",
        None,
    ),
    (
        "more/prefectures/许昌市/2014.md",
        "实施“大学生创业引领计划”，举办各类招聘活动，高校应届毕业生综合就业率达到90%。",
        "90%",
        "graduate_employment_rate",
    ),
    (
        "more/provinces/湖南省/2017.md",
        "县以上城镇污水处理率达到93%，生活垃圾无害化处理率达到99.57%。",
        "93%",
        "sewage_treatment_rate",
    ),
    (
        "more/provinces/云南省/2017.md",
        "加快城乡供水能力建设，完善污水处理及管网配套设施，县城和县城以上城市污水集中处理率达85.6%。",
        "85.6%",
        "sewage_treatment_rate",
    ),
    (
        "more/cities/长春市/2022.md",
        "实施新凯河流域治理、水源地保护、黑臭水体整治、生态补水“四大行动”，扩建东南、北郊污水厂，劣V类断面力争全部清零，县级以上水源地水质达标率100%。",
        "100%",
        "drinking_water_source_quality",
    ),
    (
        "more/prefectures/阜新市/2023.md",
        "持续打好碧水保卫战，坚决落实河长制，扎实推进“全域海绵化·水润阜新”建设，实施“三河源”保护工程，加强地下水污染防治，全面实行排污许可制，确保8处国考断面稳定达标，城市饮用水水源达标率100%。",
        "100%",
        "drinking_water_source_quality",
    ),
    (
        "more/provinces/江西省/2023.md",
        "污染防治攻坚战成效考核连续2年、水资源管理考核连续4年获全国优秀，生态质量指数居全国前列，退捕禁捕工作全国领先，长江干流江西段连续5年、赣江干流连续2年达到Ⅱ类水质，设区市集中式饮用水源地达标率100%。",
        "100%",
        "drinking_water_source_quality",
    ),
    (
        "more/prefectures/毕节市/2020.md",
        "千人以上集中式饮用水源水质达标率100%，",
        "100%",
        None,
    ),
    (
        "more/cities/深圳市/2009.md",
        "率先建立起比较完善的人口计生公共服务体系，户籍人口和流动人口政策生育率分别达到98.9%和92.2%，六区均被评为全国计划生育优质服务先进区。",
        "98.9%",
        "birth_policy_compliance",
    ),
    (
        "more/cities/深圳市/2009.md",
        "率先建立起比较完善的人口计生公共服务体系，户籍人口和流动人口政策生育率分别达到98.9%和92.2%，六区均被评为全国计划生育优质服务先进区。",
        "92.2%",
        None,
    ),
    (
        "more/cities/贵阳市/2006.md",
        "确保人口自然增长率控制在6‰以内，出生率控制在11.5‰以内，符合政策生育率达94%以上。",
        "94%以上",
        "birth_policy_compliance",
    ),
    (
        "more/prefectures/金华市/2021.md",
        "促进初创型成长型科创企业发展，新增高新技术企业300家、科技型中小企业1000家、省级企业研发中心50家以上，规上工业企业研发机构设置率达25%以上，有研发活动规上企业占比达55%以上。",
        "25%以上",
        "firms_rd_institution_rate",
    ),
    (
        "more/prefectures/宣城市/2016.md",
        "建立省级以上创新平台10家以上，规模工业企业研发机构覆盖率超20%。",
        "超20%",
        "firms_rd_institution_rate",
    ),
    (
        "more/cities/佛山市/2016.md",
        "力争2016年规模以上高新技术企业、工业企业建有研发机构率分别达80%、20%。",
        "20%",
        None,
    ),
    (
        "more/cities/东莞市/2012.md",
        "年均人口自然增长率6.12‰。",
        "6.12‰",
        "natural_population_growth_rate",
    ),
    (
        "more/cities/天津市/2006.md",
        "年均人口出生率 10‰左右。",
        "10‰左右",
        "birth_rate",
    ),
    (
        "more/cities/拉萨市/2023.md",
        "农村公路养护里程达到5332公里，行政村客车通车率达到100%。",
        "100%",
        "village_bus_access",
    ),
    (
        "more/cities/成都市/2023.md",
        "49.新生儿疾病免费筛查率达98%。",
        "98%",
        "newborn_screening_rate",
    ),
    (
        "more/cities/太原市/2006.md",
        "企业基本养老保险、机关事业单位养老保险覆盖率分别达到97%和100%，医疗保险覆盖率达到90%，生育保险覆盖率达到76%，工伤保险覆盖率和煤矿职工意外伤害保险覆盖率分别达到76%和100%，失业保险覆盖率达到99%，退休人员社会化管理服务率达到99%，住房公积金制度覆盖率达到95%。",
        "97%",
        "employees_pension_participation",
    ),
    (
        "more/prefectures/株洲市/2014.md",
        "79、农产品标准化生产基地达到60个，面积220万亩，“三品一标”农产品达到300个以上，年抽检农产品10万批次以上，确保蔬菜等主要农产品检测合格率97%以上。",
        "97%以上",
        "agri_product_pass_rate",
    ),
    (
        "more/provinces/海南省/2016.md",
        "金融业对GDP的贡献率达到15.6%;博鳌乐城国际医疗旅游先行区建设取得实质性突破，恒大健康产业集团等7家医疗企业进驻；",
        "15.6%",
        None,
    ),
    (
        "more/prefectures/本溪市/2021.md",
        "九是城乡居民最低生活保障标准分别提高4.5%、7.5%，城乡特困人员救助供养标准分别提高3.9%、5.6%。",
        "提高4.5%",
        "urban_minimum_living_allowance_growth",
    ),
    (
        "more/prefectures/本溪市/2021.md",
        "九是城乡居民最低生活保障标准分别提高4.5%、7.5%，城乡特困人员救助供养标准分别提高3.9%、5.6%。",
        "7.5%",
        "rural_minimum_living_allowance_growth",
    ),
    (
        "more/prefectures/锦州市/2014.md",
        "五是城镇化率只有 51.8%，低于全省近 14个百分点；",
        "51.8%",
        "urbanization_rate",
    ),
    (
        "more/cities/深圳市/2009.md",
        "一是城镇登记失业率控制在3%以内，平均失业周期控制在6个月以下，当年新增失业人员、新成长劳动力和就业难人员就业率均达到80%以上。",
        "3%以内",
        "registered_unemployment",
    ),
    (
        "more/prefectures/保定市/2023.md",
        "空气质量综合指数4.81，优良天数243天，占比达66.6%。",
        "66.6%",
        "air_quality_ratio",
    ),
    (
        "more/cities/大连市/2026.md",
        "污染防治“护绿”，深入打好蓝天、碧水、净土保卫战，空气优良天数338天、占比92.6%；",
        "92.6%",
        "air_quality_ratio",
    ),
    (
        "more/prefectures/保山市/2023.md",
        "城市空气优良天数99.9%，国控断面水质优良率100%。",
        "99.9%",
        "air_quality_ratio",
    ),
    (
        "more/provinces/甘肃省/2019.md",
        "深入推进大气、水、土壤污染防治，开展生态红线专项行动，全省地级城市空气质量平均优良天数比率为91.2%，38个地表水国家考核断面水质优良比例达到94.7%。",
        "91.2%",
        "air_quality_ratio",
    ),
    (
        "more/provinces/辽宁省/2026.md",
        "新增卓越级智能工厂10家，11户企业入选工信部5G工厂名录，关键工序数控化率、数字化研发设计工具普及率分别达到69.3%和85.8%，均高于全国平均水平。",
        "85.8%",
        "digital_rd_tools_penetration",
    ),
    (
        "more/cities/沈阳市/2025.md",
        "工业企业数字化研发设计工具普及率、关键工序数控化率分别达到82.8%和71.5%，人工智能算力突破600P，沈阳数据资产登记中心揭牌成立。",
        "82.8%",
        "digital_rd_tools_penetration",
    ),
    (
        "more/provinces/广西壮族自治区/2021.md",
        "帮助8.6万家企业稳定职工295.7万人、返岗复工农民工1260.1万人，城镇新增就业36.52万人，城镇登记失业率处于2.77%的较低水平。",
        "2.77%",
        "registered_unemployment",
    ),
    (
        "more/prefectures/河池市/2015.md",
        "提速新农合信息化管理平台建设，巩固全市新农合“一卡通”，参合率稳固在96%以上。",
        "96%以上",
        "ncms_participation",
    ),
    # radio and television apart (广播、电视…分别…: the radio's and the television's), together 广播电视
    (
        "more/provinces/新疆维吾尔自治区/2006.md",
        "全区广播和电视人口覆盖率分别达到92.9%和92.5%，巩固了新疆广播电视节目在吉尔吉斯斯坦和乌兹别克斯坦落地播出的成果。",
        "92.9%",
        "radio_coverage",
    ),
    (
        "more/provinces/新疆维吾尔自治区/2006.md",
        "全区广播和电视人口覆盖率分别达到92.9%和92.5%，巩固了新疆广播电视节目在吉尔吉斯斯坦和乌兹别克斯坦落地播出的成果。",
        "92.5%",
        "tv_coverage",
    ),
    (
        "more/prefectures/黄山市/2014.md",
        "继续实施农村电影放映工程，推动数字电视向乡镇、村发展，广播、电视人口综合覆盖率达到96%和98%。",
        "96%",
        "radio_coverage",
    ),
    (
        "more/prefectures/黄山市/2014.md",
        "继续实施农村电影放映工程，推动数字电视向乡镇、村发展，广播、电视人口综合覆盖率达到96%和98%。",
        "98%",
        "tv_coverage",
    ),
    (
        "more/prefectures/怀化市/2014.md",
        "深入开展“欢乐潇湘—幸福怀化”等群众文化系列活动，解决农村电视盲区问题6.2万户，电视综合人口覆盖率达到95%。",
        "95%",
        "tv_coverage",
    ),
    (
        "more/provinces/辽宁省/2001.md",
        "广播电视节目人口覆盖率达到95%。",
        "95%",
        "broadcast_coverage",
    ),
    # 学前三年 is preschool, no span of time cut off the item (学等教育毛入学率 before)
    (
        "more/cities/重庆市/2021.md",
        "义务教育巩固率达到95.5%，学前三年、高中阶段、高等教育毛入学率分别达到90.3%、98.5%、53%；",
        "90.3%",
        "preschool_enrolment",
    ),
    # 城乡…分别: the towns' (cities') rate first, the villages' second
    (
        "more/cities/广州市/2016.md",
        "实施“南粤水更清”行动，推进51条河涌整治，建成污水处理厂5座，在建14座，新增污水处理能力34万吨/日，城乡生活污水处理率分别达92.5%、48%；",
        "92.5%",
        "sewage_treatment_rate",
    ),
    (
        "more/cities/广州市/2016.md",
        "实施“南粤水更清”行动，推进51条河涌整治，建成污水处理厂5座，在建14座，新增污水处理能力34万吨/日，城乡生活污水处理率分别达92.5%、48%；",
        "48%",
        "rural_sewage_treatment_rate",
    ),
    (
        "more/prefectures/岳阳市/2022.md",
        "城镇新增就业30.78万人，城乡低保、残疾人“两项补贴”稳步提标，城乡社区养老服务设施覆盖率分别达到98%、86%，基本养老保险覆盖率100%，村（社区）“儿童之家”全覆盖，社会保险基金集中整治取得实效。",
        "98%",
        "community_elderly_care_coverage",
    ),
    (
        "more/prefectures/岳阳市/2022.md",
        "城镇新增就业30.78万人，城乡低保、残疾人“两项补贴”稳步提标，城乡社区养老服务设施覆盖率分别达到98%、86%，基本养老保险覆盖率100%，村（社区）“儿童之家”全覆盖，社会保险基金集中整治取得实效。",
        "86%",
        "rural_elderly_care_coverage",
    ),
    (
        "more/prefectures/甘南藏族自治州/2023.md",
        "投资4.02亿元，建设建筑垃圾资源化利用设施1座，城乡生活垃圾处置设施4座，城乡生活垃圾无害化处置率分别达到99.5%和75%以上。",
        "99.5%",
        "garbage_treatment_rate",
    ),
    # more wordings of keyed rates
    (
        "more/cities/泉州市/2019.md",
        "城市、农村社区居家养老设施覆盖率分别达100%和57%，新增养老床位3840张。",
        "100%",
        "community_elderly_care_coverage",
    ),
    (
        "more/cities/泉州市/2019.md",
        "城市、农村社区居家养老设施覆盖率分别达100%和57%，新增养老床位3840张。",
        "57%",
        "rural_elderly_care_coverage",
    ),
    (
        "more/prefectures/昭通市/2022.md",
        "持续推动生态廊道建设，推进生物多样性保护工程，90%以上重要生态系统得到有效保护，森林覆盖率51%以上、湿地有效保护率60%以上。",
        "60%以上",
        "wetland_protection_rate",
    ),
    (
        "more/provinces/广东省/2011.md",
        "全面解决困难国有、集体企业退休人员医保问题，将所有大学生和中职技校学生全部纳入城镇居民医保，城镇基本医疗保险整体覆盖率达到95%以上。",
        "95%以上",
        "urban_medical_participation",
    ),
    (
        "more/prefectures/德州市/2020.md",
        "省交办10年以上信访积案在全省率先清零，信访积案整体化解率达到94.3%。",
        "94.3%",
        "petition_backlog_resolution",
    ),
    (
        "more/prefectures/滁州市/2014.md",
        "新农合平均参合率首次达100%。",
        "100%",
        "ncms_participation",
    ),
    (
        "more/prefectures/开封市/2014.md",
        "加强环境保护和生态建设，全市出境河流断面水质考核指标达到省下目标，饮用水源地水质平均达标率保持100%。",
        "100%",
        "drinking_water_source_quality",
    ),
    # a bare 毛入学率 after a clause naming one stage of schooling
    (
        "more/provinces/广东省/2011.md",
        "提前一年实现基本普及高中阶段教育的目标，毛入学率达86.2%，五年提高28.7个百分点。",
        "86.2%",
        "high_school_enrolment",
    ),
    (
        "more/provinces/西藏自治区/2020.md",
        "完成高中阶段普及攻坚，毛入学率达到90%。",
        "90%",
        "high_school_enrolment",
    ),
]


@pytest.mark.parametrize("case", RATES7_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_named_rate_takes_its_key(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A class of things (a grade, a size, a level) beside another class in its sentence counts a part
# of what the key counts; things said to be selected or taken into a scheme are none of the statistic,
# things approved are the year's additions; a verb of adding after words of effort or span (round 7,
# addn7). (report, sentence, figure, key)
ADDN7_CASES = [
    (
        "more/prefectures/黔西南布依族苗族自治州/2021.md",
        "新增4A级景区7个、3A级景区27个",
        "7个",
        None,
    ),
    (
        "more/prefectures/黔西南布依族苗族自治州/2021.md",
        "新增4A级景区7个、3A级景区27个",
        "27个",
        None,
    ),
    ("more/prefectures/江门市/2014.md", "新建改建23个大公园和100多个社区公园", "100多个", None),
    (
        "more/provinces/山东省/2011.md",
        "158座大中型水库和3882座小型水库除险加固任务全面完成",
        "3882座",
        None,
    ),
    ("more/prefectures/内江市/2021.md", "新增国家级绿色工厂1个、省级绿色工厂2个", "2个", None),
    ("more/cities/佛山市/2018.md", "三年新建省级湿地公园4个、市区级湿地公园25个", "4个", None),
    ("more/cities/佛山市/2017.md", "创建5A级旅游景区2个、4A 级旅游景区9个", "2个", None),
    # another class with no figure of its own, or other things after a level word: the key stays
    (
        "more/prefectures/毕节市/2020.md",
        "织金洞景区通过5A级景区景观质量评审，新增4A级景区1家",
        "1家",
        "new_scenic_spots_a",
    ),
    (
        "more/cities/苏州市/2024.md",
        "国家级科技企业孵化器达到76家、国家科技型中小企业达到2.5万家",
        "76家",
        "incubators",
    ),
    # selected, included, approved
    ("more/prefectures/清远市/2018.md", "3所学校入选首届全国文明校园", "3所", None),
    ("more/prefectures/眉山市/2023.md", "227个村卫生室纳入医保定点", "227个", None),
    (
        "more/cities/南京市/2024.md",
        "10家全国重点实验室获批建设，累计达23家",
        "10家",
        "new_key_laboratories",
    ),
    (
        "more/prefectures/赣州市/2023.md",
        "242家高新技术企业获认定公示",
        "242家",
        "new_high_tech_enterprises",
    ),
    # words of effort or span before the verb
    (
        "more/prefectures/伊春市/2021.md",
        "着力培育15家国家高新技术企业、55家科技型中小企业",
        "15家",
        None,
    ),
    (
        "more/prefectures/梅州市/2016.md",
        "规划新建21个森林公园、2个湿地公园",
        "21个",
        "new_forest_parks",
    ),
    ("more/cities/福州市/2016.md", "新成立322家农民专业合作社", "322家", "new_farmer_cooperatives"),
    (
        "more/prefectures/锦州市/2014.md",
        "47家小额贷款公司获准开业",
        "47家",
        "new_small_loan_companies",
    ),
    # verbs that may add or keep: applied for, striven for, helped
    ("more/prefectures/白银市/2023.md", "申报高新技术企业31家", "31家", None),
    (
        "more/provinces/宁夏回族自治区/2016.md",
        "争创中国驰名商标4个、宁夏名牌产品20个",
        "4个",
        "new_famous_trademarks",
    ),
    ("more/cities/无锡市/2019.md", "扶持农民专业合作社20家", "20家", None),
    # things repealed or cleared up are none made; a phrase that holds the verb is its own statistic
    ("more/cities/兰州市/2025.md", "制定政府规章2件、废止5件", "5件", None),
    ("more/cities/兰州市/2025.md", "制定政府规章2件、废止5件", "2件", "government_regulations"),
    ("more/cities/贵阳市/2021.md", "制定政府规章35件、清理政府规章200件", "200件", None),
    (
        "more/cities/海口市/2006.md",
        "清理并拆除违法建筑50万平方米",
        "50万平方米",
        "illegal_buildings_removed",
    ),
    # a name that opens with 新 is no verb of adding (新三板)
    (
        "more/cities/成都市/2017.md",
        "新增A股上市公司7家、新三板挂牌企业106家",
        "106家",
        "new_neeq_listed",
    ),
]


@pytest.mark.parametrize("case", ADDN7_CASES, ids=lambda c: f"{c[1][:10]}-{c[2]}")
def test_a_class_a_selection_or_additions_read_in_the_sentence(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


def test_every_quota_word_holds_each():
    """keying._of_one_unit looks for 每 or 各 before trying _QUOTA: every word of _QUOTA must
    hold one of them."""
    import re

    from ningbo_indicators.dataset import keying

    body = re.sub(r"\(\?<?[=!].*?\)", "", keying._QUOTA.pattern)  # the look-arounds go
    words = [w for w in re.split(r"\||\(\?:\^\||\)", body) if w.strip("(?:^")]
    assert len(words) > 10
    for word in words:
        assert "每" in word or "各" in word, word


# rates8 (round 7, second wave, rates): graduates of one origin stay unkeyed (a subset), proposals'
# satisfaction written by the proposers, the willing destitute in central care; beside them a
# subset (困难家庭大学生就业率) that stays unkeyed. (report, sentence quoted from it, figure, key)
RATES8_CASES = [
    (
        "more/cities/苏州市/2017.md",
        "新增就业17.11万人，苏州籍应届高校毕业生就业率达到98.5%。",
        "98.5%",
        None,
    ),
    (
        "more/prefectures/德州市/2020.md",
        "社会保障方面，全市新增城镇就业6.77万人，德州生源高校毕业生总体就业率达到90%。",
        "90%",
        None,
    ),
    (
        "more/prefectures/怀化市/2014.md",
        "办复人大代表议案、建议217件、政协委员提案255件，代表、委员满意率99.4%。",
        "99.4%",
        "proposal_satisfaction_rate",
    ),
    (
        "more/prefectures/河源市/2014.md",
        "人大代表建议、政协提案办复满意和基本满意率100%。",
        "100%",
        "proposal_satisfaction_basic_rate",
    ),
    (
        "more/cities/成都市/2019.md",
        "28.有意愿且符合条件的特困人员集中供养率达100%。",
        "100%",
        "willing_destitute_central_care",
    ),
    (
        "more/prefectures/盘锦市/2016.md",
        "深入推进全民参保计划，基本社会保险覆盖率达到96%。",
        "96%",
        "basic_social_insurance_coverage",
    ),
    (
        "more/prefectures/蚌埠市/2016.md",
        "大力实施生态造林和绿化工程，森林覆盖率突破20%，人均公园绿地面积达到13平方米以上，城市建城区绿化覆盖率达到44%以上，完善提升国家园林城市水平",
        "44%以上",
        "urban_green_coverage",
    ),
    (
        "more/prefectures/丹东市/2014.md",
        "主要粮食作物耕种收机械化率达到72%。",
        "72%",
        "grain_mechanisation_rate",
    ),
    (
        "more/provinces/西藏自治区/2005.md",
        "切实加强社会保险金的征缴、管理和发放，基本养老保险基金征缴率达到93%",
        "93%",
        "pension_contribution_collection_rate",
    ),
    (
        "more/cities/西安市/2015.md",
        "投放公共自行车3万辆，公交机动化出行分担率提高至56%。",
        "56%",
        "public_transport_motorised_share",
    ),
    (
        "more/prefectures/贵港市/2021.md",
        "水稻耕种收综合机械化率87％。",
        "87％",
        None,
    ),
    (
        "more/prefectures/南通市/2014.md",
        "全市提供有效就业岗位28.58万个，困难家庭大学生就业率达100%。",
        "100%",
        None,
    ),
]


@pytest.mark.parametrize("case", RATES8_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_rates8_rate_takes_its_key(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# prec9a: the year's additions vs the stock, a net change, a share written after 占, and 技能人才
# (all skill grades) apart from 高技能人才 (sentences quoted from their reports).
PREC9A_CASES = [
    # the clause before, opened by 新增, ends in a count 以上: bare items go on with it
    (
        "more/prefectures/许昌市/2014.md",
        "加快企业研发平台建设，新增高新技术企业8家以上，省级工程技术研究中心3—5个。",
        "3",
        "new_engineering_research_centres",
    ),
    # 分别比2000年增加…和…: changes since a named year, no levels
    (
        "more/cities/烟台市/2006.md",
        "全市城镇居民人均可支配收入12452元，农民人均纯收入5347元，分别比2000年增加5134元和1893元。",
        "1893元",
        None,
    ),
    # 净增 (a net change) is no count of additions
    (
        "more/prefectures/常德市/2021.md",
        "企业开办时间压缩至1个工作日，净增各类市场主体13.6万户。",
        "13.6万户",
        None,
    ),
    (
        "more/cities/重庆市/2026.md",
        "深化治理拖欠企业账款，全年净增经营主体11.7万户。",
        "11.7万户",
        None,
    ),
    # 建立 opens a clause of additions
    (
        "more/prefectures/中卫市/2016.md",
        "年内建成各类科技基础创新平台10家，建立众创空间2个。",
        "2个",
        "new_maker_spaces",
    ),
    (
        "more/prefectures/丽水市/2021.md",
        "科研院所战略合作不断深化。建立院士工作站12个，引入国家和省重点人才计划专家22名",
        "12个",
        "new_academician_workstations",
    ),
    # 培训 before a list of 人才: trainees, not the stock
    (
        "more/cities/佛山市/2009.md",
        "免费培训失业人员8880名、高技能人才9127名、本地农村富余劳动力1.21万名。",
        "9127名",
        None,
    ),
    # ... but not before a list without 人才 (转移就业 keeps its key)
    (
        "more/prefectures/普洱市/2023.md",
        "培训农村劳动力43.3万人次、转移就业85.1万人，新增城镇就业3.2万人。",
        "85.1万人",
        "rural_labour_transfer",
    ),
    # a share that 占 names is no growth
    (
        "more/prefectures/萍乡市/2014.md",
        "等战略性新兴产业完成增加值81.36亿元，占全市规模以上工业增加值的22.6%，增长9.15%。",
        "22.6%",
        None,
    ),
    (
        "more/prefectures/中山市/2014.md",
        "先进制造业、高技术制造业增加值分别占规模以上工业增加值的35.4%和15.7%。",
        "15.7%",
        None,
    ),
    # 技能人才 (all skill grades) is not 高技能人才
    (
        "more/cities/成都市/2023.md",
        "专业技术人才、技能人才分别达237万人、280万人。",
        "280万人",
        "skill_grade_workers",
    ),
    (
        "more/cities/郑州市/2023.md",
        "加强技能人才培养，力争新增高技能人才14.5万人、技能人才40万人。",
        "40万人",
        "new_skill_grade_workers",
    ),
    (
        "more/cities/郑州市/2023.md",
        "加强技能人才培养，力争新增高技能人才14.5万人、技能人才40万人。",
        "14.5万人",
        "new_skilled_workers",
    ),
    (
        "more/provinces/黑龙江省/2025.md",
        "落实人才振兴60条，技能人才总量达266.9万人，12人入选国家高层次人才。",
        "266.9万人",
        "skill_grade_workers",
    ),
]


@pytest.mark.parametrize("case", PREC9A_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_prec9a_additions_and_other_statistics(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# Figures by which the place is above or below another place, or another place's own figure beside
# the place's, take no key; a bare 增 after the year before is a change (round 7, from the readings).
# (report, sentence quoted from it, figure, key)
GAP_CASES = [
    (
        "more/prefectures/六盘水市/2021.md",
        "常住人口城镇化率达到57%，比全省平均水平高7个百分点",
        "7个百分点",
        None,
    ),
    (
        "more/prefectures/固原市/2016.md",
        "森林覆盖率达到22.2%，高于全区9.69个百分点",
        "9.69个百分点",
        None,
    ),
    (
        "more/cities/广州市/2008.md",
        "城市居民消费价格指数上涨3.4%，低于全国4.5%和全省3.7%的水平",
        "4.5%",
        None,
    ),
    (
        "more/cities/广州市/2008.md",
        "城市居民消费价格指数上涨3.4%，低于全国4.5%和全省3.7%的水平",
        "上涨3.4%",
        "cpi",
    ),
    (
        "more/prefectures/盘锦市/2016.md",
        "全市人均生产总值达到8.7万元，高于全省平均水平2万元以上",
        "2万元以上",
        None,
    ),
    (
        "more/cities/南宁市/2017.md",
        "每万人口发明专利拥有量6.72件，比上年增2.01件",
        "2.01件",
        None,
    ),
    (
        "more/cities/南宁市/2017.md",
        "每万人口发明专利拥有量6.72件，比上年增2.01件",
        "6.72件",
        "invention_patents_per_10k",
    ),
]


@pytest.mark.parametrize("case", GAP_CASES, ids=lambda c: f"{c[1][:10]}-{c[2]}")
def test_a_gap_to_another_place_takes_no_key(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# A zone of the place (new district, development or high-tech zone, bonded zone, an area of the
# free trade zone) that opens the sentence as its subject, or a bonded zone or an area the place
# works on, scopes the figures of the clauses after it; so does a short topic sentence of works
# on a named zone for its run (zones9, round 8). (report, sentence quoted from it, figure, key)
ZONE_CASES = [
    (
        "more/prefectures/孝感市/2014.md",
        "东城新区20平方公里基础设施建设启动，26个重点项目顺利推进。",
        "26个",
        None,
    ),
    (
        "more/cities/合肥市/2021.md",
        "安徽自贸试验区合肥片区正式运行，投资贸易便利化不断提升，新签约项目200余个，开局工作稳步推进。",
        "200余个",
        None,
    ),
    (
        "more/cities/福州市/2020.md",
        "福州新区承接省级行政许可审批事项17项，完成重点项目投资超2200亿元。",
        "超2200亿元",
        None,
    ),
    (
        "more/prefectures/通化市/2024.md",
        "医药高新区紧盯“又高又新”，扩大“洼地效应”，厚植“兴业沃土”，实施重点项目28个。",
        "28个",
        None,
    ),
    (
        "more/cities/南宁市/2021.md",
        "全力推进自贸试验区南宁片区制度创新和开放型经济集聚发展，争创RCEP先行先试区，持续推进片区"
        "91项改革试点任务，全年新增企业9000家以上。",
        "9000家以上",
        None,
    ),
    (
        "more/prefectures/雅安市/2023.md",
        "推动雅州新区加快成势。大力实施140个重点项目，实现地区生产总值200亿元以上。",
        "200亿元以上",
        None,
    ),
    (
        "more/cities/兰州市/2016.md",
        "**五年来，我们拓展城市空间，促进产城融合，实现了兰州新区开发建设的新跨越。**兰州新区累计完成投资"
        "1447.67亿元，核心区120平方公里的水、电、路、气等基础设施基本形成，建成道路116条450公里，兰秦快速"
        "通道建成通车。围绕六大主导产业，累计引进产业项目281个，兰石重装、科天化工、四联光电、亚太伊士顿"
        "电梯、陇星热能等44个项目建成投产，绿地智慧金融城、正威电子信息产业园、长城梦世界旅游文创园、西部"
        "国际文商旅综合生态产业区等164个产业项目加快建设。",
        "164个",
        None,
    ),
    (
        "more/prefectures/开封市/2014.md",
        "（三）加快推进郑汴融合，打好开封新区五年成规模攻坚战。主动对接，强力运作，打好开封新区五年成规模"
        "攻坚战。夯实发展基础，建设城乡一体化示范区。按照产城互动、综合配套的要求，重点推进启动区、铁南区、"
        "运粮河组团三大片区基础设施建设，同步完善供排水、供电、供气、供热、绿化、照明、污水处理等设施配套，"
        "确保完成基础设施投资30亿元以上。",
        "30亿元以上",
        None,
    ),
    (
        "more/cities/深圳市/2019.md",
        "一是打造前海粤港澳大湾区合作示范区。开展前海总规修编，推动前海合作区扩区，总结拓展“前海模式"
        "”。推动出台前海新时代全面深化改革开放方案，探索更多可复制可推广的经验，打造高水平对外开放门"
        "户枢纽。争取出台深化深港金融合作创新政策，探索建立本外币一体化的账户体系，设立人民币国际投贷"
        "基金，开展金融综合监管试点，扩大粤港澳联营律师事务所业务范围。出台支持港澳青年在前海发展若干"
        "措施，建设粤港澳青年创业区。全面推进前海城市新中心建设，启动沿江高速前海段与南坪快速衔接工程"
        "、国际交流岛等重大项目规划建设，开工建设前湾会议中心、桂湾公园等公建配套设施，全年完成固定资"
        "产投资480亿元以上。",
        "480亿元以上",
        None,
    ),
    (
        "more/cities/长沙市/2019.md",
        "临空经济示范区配套设施建设提速，黄花综保区注册企业284家，实现进出口额25亿美元。",
        "25亿美元",
        None,
    ),
    (
        "more/prefectures/梧州市/2014.md",
        "起步区的道路、桥梁等基础设施建设快速推进，试验区进驻企业38家，实现规模以上工业总产值94亿元。",
        "94亿元",
        None,
    ),
    # an event of the zone itself: the place's figures follow
    (
        "more/cities/昆明市/2024.md",
        "滇中新区未来交通科学城揭牌，新增云南实验室2个、省级重点实验室24个、省技术创新中心13家。",
        "24个",
        "new_key_laboratories",
    ),
    # a zone the place only works on, a park, a designation: the place's
    (
        "more/prefectures/贵港市/2021.md",
        "加快贵港高新技术产业开发区建设，培育发展高新技术企业，新增国家高新技术企业15家以上、科技型中小企业30家以上。",
        "15家以上",
        "new_high_tech_enterprises",
    ),
    (
        "more/cities/济南市/2021.md",
        "加快跨境电子商务综合试验区建设，全年跨境电商交易额增长30%以上。",
        "增长30%以上",
        "cross_border_ecommerce_growth",
    ),
]


# Subsets that a key's phrase admits, and others' figures (subsets9): a part after 其中 that carries the
# whole's phrase; a share of another whole (占全省数字产业的比重); things built and mended together
# (建设改造公园, 改造和新增绿地); size tiers beside each other (3个千亿级、3个五百亿级产业集群); new
# afforestation (新造林) is afforestation, 退耕还林 no key; enterprises (新登记企业) take new_enterprises, a
# part of market entities; preschool places and 农村敬老院 are subsets of school places and rural homes. (report, sentence,
# figure, key)
SUBSETS9_CASES = [
    (
        "more/cities/昆明市/2018.md",
        "全年新增规模以上工业企业不少于60户，其中新建投产20户。",
        "20户",
        None,
    ),
    (
        "more/cities/昆明市/2018.md",
        "全年新增规模以上工业企业不少于60户，其中新建投产20户。",
        "不少于60户",
        "new_above_scale_firms",
    ),
    (
        "more/cities/郑州市/2023.md",
        "数字经济增加值占生产总值的41.4%，占全省数字产业的比重达到51.7%。",
        "51.7%",
        None,
    ),
    (
        "more/cities/郑州市/2023.md",
        "数字经济增加值占生产总值的41.4%，占全省数字产业的比重达到51.7%。",
        "41.4%",
        "digital_economy_share",
    ),
    (
        "more/cities/天津市/2014.md",
        "深入推进市容环境综合整治，提升改造道路107条，整修建筑3200栋，建设改造公园44个。",
        "44个",
        None,
    ),
    (
        "more/prefectures/黄石市/2014.md",
        "新增造林面积5.95万亩，改造和新增绿地面积64公顷，森林覆盖率比上年提高0.6个百分点。",
        "64公顷",
        None,
    ),
    ("more/provinces/广西壮族自治区/2014.md", "新建成4条高速公路，其中2条通车运营。", "2条", None),
    (
        "more/prefectures/晋中市/2023.md",
        "持续推进国土绿化行动，新造林35万亩，",
        "35万亩",
        "afforestation",
    ),
    ("more/cities/太原市/2006.md", "退耕还林106.8万亩，", "106.8万亩", None),
    (
        "more/provinces/辽宁省/2019.md",
        "全年新登记企业16.8万户，增长5.7%。",
        "16.8万户",
        "new_enterprises",
    ),
    (
        "more/provinces/辽宁省/2019.md",
        "全年新登记企业16.8万户，增长5.7%。",
        "增长5.7%",
        "new_enterprises_growth",
    ),
    (
        "more/prefectures/三门峡市/2021.md",
        "着力构建以3个千亿级产业集群、3个五百亿级产业集群、5个百亿级产业集群为主的现代产业体系",
        "5个",
        None,
    ),
    ("more/provinces/江西省/2007.md", "争取增开1—2条国际航线。", "2条", "new_air_routes"),
    ("more/cities/石家庄市/2015.md", "新增公办幼儿园学位6750个，", "6750个", None),
    (
        "more/prefectures/宣城市/2016.md",
        "新改扩建农村敬老院93所、公办社会（儿童）福利院7所。",
        "93所",
        None,
    ),
    # a total after the additions is the stock (总数694家); things keyed as built with no verb of building
    (
        "more/cities/泉州市/2025.md",
        "新增专精特新中小企业338家、总数694家，",
        "694家",
        "specialised_smes",
    ),
    (
        "more/prefectures/镇江市/2025.md",
        "新增“四上”企业超900家、总数超7000家。",
        "超7000家",
        "four_above_firms",
    ),
    (
        "more/cities/苏州市/2012.md",
        "全市新结国际友好城市5对，累计达到43对。",
        "43对",
        "sister_cities",
    ),
    (
        "more/cities/泉州市/2025.md",
        "新增专精特新中小企业338家、总数694家，",
        "338家",
        "new_specialised_smes",
    ),
    ("more/prefectures/潍坊市/2021.md", "全市3028所学校167.5万名学生平安顺", "3028所", None),
    ("more/provinces/西藏自治区/2022.md", "解决78所学校、13家区域中心医院供暖", "78所", None),
    (
        "more/prefectures/大庆市/2022.md",
        "科学规划城区学校布局，整合撤并18所中小学校。",
        "18所",
        None,
    ),
    # a sentence that defines a term (a glossary's entry): none
    (
        "more/prefectures/自贡市/2021.md",
        "15.双百城市：指城市建成区面积达到100平方公里、常住人口达到100万。",
        "100万",
        None,
    ),
    (
        "more/prefectures/固原市/2016.md",
        "11．“1411”城镇体系：即1个中心城市，西吉、隆德、泾源、彭阳4个县城，10个以上中心镇和100个美丽村庄。",
        "100个",
        None,
    ),
    # a joined pair before 分别: radio's, then television's
    (
        "more/prefectures/昌都市/2023.md",
        "广播电视综合人口覆盖率分别达99.28%和99.44%。",
        "99.28%",
        "radio_coverage",
    ),
    (
        "more/prefectures/昌都市/2023.md",
        "广播电视综合人口覆盖率分别达99.28%和99.44%。",
        "99.44%",
        "tv_coverage",
    ),
]


# parts10 (round 8 second wave): a bare statistic after a clause of the urban core of the same field,
# subsets that take keys of their own (命案破案率, 高技术制造业投资, 城乡低保…分别), school places after each kind
# of school, job posts offered at fairs or to one group, counts of one river's basin, key projects of a quoted
# zone or programme; beside them what keeps its key (another field after the core's clause, items of one
# kind of school, posts the place added).
# (report, sentence quoted from it, figure, key)
PARTS10_CASES = [
    (
        "more/prefectures/宜春市/2021.md",
        "中心城区空气优良天数比例96.7%，PM2.5浓度均值31微克/立方米，",
        "31微克/立方米",
        None,
    ),
    (
        "more/prefectures/洛阳市/2021.md",
        "中心城区新增供热380万平方米，集中供热率达到95%。",
        "95%",
        None,
    ),
    (
        "more/prefectures/鹰潭市/2022.md",
        "中心城区PM2.5浓度均值同比下降18.8%，优良天数比例达95.3%，",
        "95.3%",
        None,
    ),
    (
        "more/prefectures/达州市/2023.md",
        "主城区空气质量优良天数率94%、增幅全省第一，国省考核断面水质达标率100%，",
        "100%",
        "surface_water_compliance",
    ),
    (
        "more/prefectures/滨州市/2021.md",
        "中心城区人口达到110万，常住人口城镇化率达到65%，",
        "65%",
        "urbanization_rate",
    ),
    (
        "more/cities/长春市/2013.md",
        "命案破案率达到95.9%，群众安全感进一步提升。",
        "95.9%",
        "homicide_clearance_rate",
    ),
    ("more/cities/兰州市/2016.md", "命案侦破率保持100%。", "100%", "homicide_clearance_rate"),
    (
        "more/provinces/甘肃省/2022.md",
        "高技术制造业投资增长39.7%。",
        "增长39.7%",
        "high_tech_manufacturing_investment_growth",
    ),
    (
        "more/provinces/内蒙古自治区/2019.md",
        "高新技术制造业投资增长20%。",
        "增长20%",
        "high_tech_manufacturing_investment_growth",
    ),
    (
        "more/prefectures/黄石市/2022.md",
        "新改扩建小学13所，增加学位1.3万个；新改扩建初中7所，增加学位6400个；新改扩建高中3所，增加学位4600个；",
        "6400个",
        None,
    ),
    (
        "more/cities/厦门市/2018.md",
        "建成中小学校20所，新增学位2万个；开建公办幼儿园22所，新增学位6500个。",
        "2万个",
        None,
    ),
    (
        "more/cities/东莞市/2020.md",
        "今年新建改扩建公办中小学29所，新增学位3.36万个；",
        "3.36万个",
        "new_school_places",
    ),
    (
        "more/provinces/吉林省/2014.md",
        "城乡低保平均补助水平分别增长15.5%和14.5%。",
        "增长15.5%",
        "urban_minimum_living_benefit_growth",
    ),
    (
        "more/provinces/吉林省/2014.md",
        "城乡低保平均补助水平分别增长15.5%和14.5%。",
        "14.5%",
        "rural_minimum_living_benefit_growth",
    ),
    (
        "more/prefectures/锦州市/2023.md",
        "举办招聘会350场，提供就业岗位10.5万个。",
        "10.5万个",
        None,
    ),
    (
        "more/provinces/浙江省/2026.md",
        "为退役军人提供5万个就业岗位，开展就业帮扶1万人。",
        "5万个",
        None,
    ),
    (
        "more/cities/合肥市/2010.md",
        "实施“零就业家庭”援助项目，提供就业岗位1485个；",
        "1485个",
        None,
    ),
    (
        "more/cities/长沙市/2010.md",
        "完善就业信息平台，加强就业援助，健全城乡统一的人力资源市场，完成职业技能培训13万人次，全年新增就业岗位 8.7万个，",
        "8.7万个",
        "new_job_posts",
    ),
    (
        "more/provinces/陕西省/2009.md",
        "渭河流域规划的56个污水处理厂已有15个建成、36个开工，",
        "15个",
        None,
    ),
    ("more/provinces/青海省/2010.md", "全面建成湟水流域8个污水处理厂，并投入运营。", "8个", None),
    ("more/prefectures/萍乡市/2014.md", "保障好“两核”31个重大建设项目的规划服务，", "31个", None),
    ("more/cities/杭州市/2013.md", "“购物天堂、美食之都”100个重点项目有序推进，", "100个", None),
]


# parts10: a count of key projects of a list of another level than the report's (the province's in a city's
# report, 县级 ones) gets no key; the own level keeps it. The level is the report's place's: each sentence is
# read under its report's title line. (report, sentence quoted from it, figure, key)
LEVELS10_CASES = [
    ("more/prefectures/芜湖市/2025.md", "实施省重点项目175个，完成投资超740亿元", "175个", None),
    (
        "more/prefectures/德州市/2020.md",
        "市妇女儿童医院、中医院病房楼和14个县级重点项目有序推进。",
        "14个",
        None,
    ),
    ("more/prefectures/承德市/2025.md", "实施省重点项目50个、市重点项目280个，", "50个", None),
    (
        "more/prefectures/承德市/2025.md",
        "实施省重点项目50个、市重点项目280个，",
        "280个",
        "key_projects",
    ),
    ("more/prefectures/衡阳市/2021.md", "28个省重点项目、283个市重点项目进展顺利，", "28个", None),
    (
        "more/provinces/福建省/2020.md",
        "今年安排省重点项目1565个、完成投资5000亿元。",
        "1565个",
        "key_projects",
    ),
]


# ratio10: wordings of keyed rates and new keys of rates measured the same across places, each
# quoted from its report (report, sentence, figure, key).
RATIO10_CASES = [
    (
        "more/prefectures/桂林市/2020.md",
        "完成4个国省道改建项目。乡镇通公交率82.8%，建制村通畅率100%、通客车率98%、通公交率48.9%。",
        "82.8%",
        "township_public_bus_access",
    ),
    (
        "more/prefectures/乌兰察布市/2014.md",
        "嘎查村通沥青水泥路率达到75%，苏木乡镇客运站覆盖率达到94%。",
        "94%",
        "township_bus_station_coverage",
    ),
    (
        "more/cities/大连市/2023.md",
        "13个国考河流断面全部达标，入海河流水质达标率97.8%。",
        "97.8%",
        "estuary_river_compliance",
    ),
    (
        "more/cities/长沙市/2021.md",
        "空气质量优良率达84.4%，国、省控监测考核断面水质优良率持续保持100%，",
        "100%",
        "water_quality_ratio",
    ),
    (
        "more/prefectures/贺州市/2021.md",
        "实现高中阶段教育普及率达到96.1%以上。",
        "96.1%以上",
        "high_school_enrolment",
    ),
    (
        "more/prefectures/德阳市/2023.md",
        "新（改）建农村卫生厕所1.5万户以上，农村生活垃圾有效处置率达100%，",
        "100%",
        "rural_garbage_treatment_rate",
    ),
    (
        "more/prefectures/保山市/2023.md",
        "政务服务事项“最多跑一次”率100%、全程网办率89.3%。",
        "100%",
        "one_visit_services_share",
    ),
    (
        "more/prefectures/娄底市/2023.md",
        "20个国、省考核地表水断面达到或好于Ⅲ类水体比例100%，",
        "100%",
        "water_quality_ratio",
    ),
    # a bare “最多跑一次”率 stays unkeyed: 浙江's 实现率 counts cases surveyed, not items
    (
        "more/provinces/浙江省/2018.md",
        "全省“最多跑一次”实现率达到87.9%，",
        "87.9%",
        None,
    ),
    # the items of a 分别 list the key lumps (national, provincial sections) take no key
    (
        "more/cities/温州市/2024.md",
        "国控、省控及以上断面Ⅰ—Ⅲ类水质比例分别达到100%、96.9%，",
        "96.9%",
        None,
    ),
]


# acts10 (round 8, second wave): figures that count things acted on in the year or a different count,
# keyed as the things' stock, the things built or the year's additions; beside them what keeps its
# key. (report, sentence quoted from it, figure, key)
ACTS10_CASES = [
    (  # plants upgraded, not plants built nor all of them (a reader of round 8)
        "more/prefectures/资阳市/2021.md",
        "资阳生活垃圾环保发电、安岳医疗废物处置中心项目竣工投运，4座污水处理厂完成提标扩能改造，"
        "建制镇污水处理厂实现全覆盖。",
        "4座",
        None,
    ),
    (  # labs restructured, not the stock of key labs
        "more/prefectures/马鞍山市/2025.md",
        "5家省重点实验室顺利重组，新增省级以上创新平台43家、总数达314家。",
        "5家",
        None,
    ),
    (  # clinics that reached a standard
        "more/provinces/辽宁省/2026.md",
        "新建省级区域医疗中心14个、紧密型县域医共体33个，3500所村卫生室达到国家良好标准，"
        "沈阳入选国家中医药传承创新发展示范项目城市。",
        "3500所",
        None,
    ),
    (  # all of them reached it: the stock
        "more/cities/无锡市/2010.md",
        "全面推进控源截污“排水达标区”建设，全市68座污水处理厂全部达到一级A排放标准，"
        "污水日处理能力达到190万吨，全市城镇污水集中处理率达到85%。",
        "68座",
        "sewage_plants",
    ),
    (  # the act keeps the key: back streets renovated
        "more/cities/唐山市/2019.md",
        "实施38个棚户区、248个老旧小区和189条背街小巷改造提升，",
        "189条",
        "back_streets",
    ),
    (  # regulations amended: none made; the made ones keep their key
        "more/cities/南昌市/2021-10.md",
        "连续四年获评全省法治政府建设优秀单位，制定市政府规章4件、修改3件、废止1件，",
        "3件",
        None,
    ),
    (
        "more/cities/南昌市/2021-10.md",
        "连续四年获评全省法治政府建设优秀单位，制定市政府规章4件、修改3件、废止1件，",
        "4件",
        "government_regulations",
    ),
    (  # key projects started or resumed are not the list's size
        "more/prefectures/锦州市/2023.md",
        "全市开复工重点项目764个，完成投资421亿元，增长10%。",
        "764个",
        None,
    ),
    (  # projects of 100 million yuan admit 开工 and 在建: started or resumed keep the key
        "more/cities/大连市/2023.md",
        "全年谋划储备推进亿元以上项目3240个，开复工亿元以上项目1510个、增长51%，创近年新高。",
        "1510个",
        "projects_over_100m",
    ),
    (  # the balance grows by the year's additions (a reader of round 8)
        "more/provinces/江苏省/2012.md",
        "新增本外币各项贷款6147亿元，增长13.9%。",
        "增长13.9%",
        "loans_growth",
    ),
    (  # demonstration farms: a rating of farms, a subset
        "more/prefectures/朔州市/2020.md",
        "实施家庭农场培育计划，鼓励规范有序流转土地经营权，创建10家示范家庭农场。",
        "10家",
        None,
    ),
    (  # the upper figure of a range shares the verb before the lower
        "more/prefectures/许昌市/2014.md",
        "加快企业研发平台建设，新增高新技术企业8家以上，省级工程技术研究中心3—5个。",
        "5个",
        "new_engineering_research_centres",
    ),
    (  # parts after 其中 of the year's additions
        "more/cities/无锡市/2019.md",
        "全年新增各类人才7万人，其中高层次人才0.7万人、高技能人才1.35万人。",
        "1.35万人",
        "new_skilled_workers",
    ),
    (  # parks built: the additions' key; the stock keeps its own
        "more/cities/郑州市/2023.md",
        "新建省级现代农业产业园2个、新增省级以上农业龙头企业6家，国家级农业产业强镇达到4个。",
        "2个",
        "new_agri_industrial_parks",
    ),
    (
        "more/prefectures/河源市/2022.md",
        "省级现代农业产业园达14个，实现县区全覆盖。",
        "14个",
        "agri_industrial_parks",
    ),
    (  # projects completed and in production are not the list (a reader of round 7)
        "more/prefectures/贺州市/2021.md",
        "68个重大产业项目建成投产。",
        "68个",
        None,
    ),
    (  # a stage with its own figure: the list's size keeps its key
        "more/prefectures/包头市/2024.md",
        "开展以季度为单元的重大项目观摩测评，621个重大项目竣工310个、完成投资2064.5亿元。",
        "621个",
        "key_projects",
    ),
    (  # a run of bare items after the clause of additions (a reader of round 7)
        "more/prefectures/商丘市/2014.md",
        "新增省级工程技术研究中心8个，高新技术企业14家，国家级科技企业孵化器1个，",
        "1个",
        "new_incubators",
    ),
]


# The verb of adding that heads a clause of bare items after it (_adding_head_of_bare_items: the
# clause before m's, or a run of clauses of bare items back to it; the verb's clause ends in a
# count). (report, sentence quoted from it, figure, its phrase, the verb that heads it or None, and
# for a misreading of the rule, why)
BARE_ITEMS_CASES = [
    (  # the clause before m's opens with the verb: the libraries were built in the year too
        "more/cities/呼和浩特市/2013.md",
        "年内新建区域服务中心文化站10个，农家书屋290家，免费送戏下乡100场",
        "290家",
        "农家书屋",
        "新建",
        "",
    ),
    (  # a run of bare items back to the verb (高新 is a name, no verb)
        "more/prefectures/商丘市/2014.md",
        "新增省级工程技术研究中心8个，高新技术企业14家，国家级科技企业孵化器1个，",
        "1个",
        "国家级科技企业孵化器",
        "新增",
        "",
    ),
    (
        "more/prefectures/商丘市/2014.md",
        "新增省级工程技术研究中心8个，高新技术企业14家，国家级科技企业孵化器1个，",
        "14家",
        "高新技术企业",
        "新增",
        "",
    ),
    (  # a part after 其中 of what was brought in
        "more/prefectures/荆州市/2021.md",
        "加大招商引资力度，新引进亿元以上项目500个，其中工业项目350个",
        "350个",
        "工业项目",
        "新引进",
        "",
    ),
    (  # no verb of adding before: patents granted are not headed by 受理
        "communiques/1991.md",
        "受理国内外专利申请50040件，授权专利24616件",
        "24616件",
        "授权专利",
        None,
        "",
    ),
    (  # a verb of m's own clause: the total
        "more/prefectures/来宾市/2023.md",
        "新增规上工业企业95家，总数突破400家",
        "400家",
        "规上工业企业",
        None,
        "",
    ),
    (
        "more/prefectures/博尔塔拉蒙古自治州/2016.md",
        "新增农民专业合作社107家，累计654家",
        "654家",
        "农民专业合作社",
        None,
        "",
    ),
    (  # 培育 in m's own clause: it may add or keep
        "more/prefectures/白城市/2016.md",
        "新发展家庭农场100个，培育典型专业合作社100个",
        "100个",
        "典型专业合作社",
        None,
        "",
    ),
    (  # the level the firms rose from
        "more/prefectures/池州市/2021.md",
        "新增省级以上研发平台45个，高新技术企业由43家增加到153家",
        "43家",
        "高新技术企业",
        None,
        "",
    ),
    (  # the level the hospitals rose from, after a clause that ends in no count of items
        "more/cities/深圳市/2021.md",
        "医疗卫生事业快速发展，新增病床位2.5万张，三甲医院从10家增加到22家",
        "10家",
        "三甲医院",
        None,
        "",
    ),
    (  # a verb that may add or keep heads the clause before (认定), and the stock (保有量)
        "more/prefectures/桂林市/2020.md",
        "认定广西“瞪羚企业”培育单位13家，高新技术企业保有量308家",
        "308家",
        "高新技术企业保有量",
        None,
        "",
    ),
    (  # projects carried out (实施), not approved: m's clause holds a verb, no bare items
        "more/prefectures/鄂尔多斯市/2016.md",
        "获批国家和自治区重大项目22项，实施亿元以上项目174项",
        "174项",
        "亿元以上项目",
        None,
        "实施 is no word of _ITEM_VERBS: the clause is read as bare items (the record keeps "
        "projects_over_100m: the table has no additions of it)",
    ),
]


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c[5])) if c[5] else c
        for c in BARE_ITEMS_CASES
    ],
    ids=lambda c: f"{c[1][:10]}-{c[2]}",
)
def test_the_verb_that_heads_bare_items(case):
    from types import SimpleNamespace

    from ningbo_indicators.dataset import keying

    _, text, figure, indicator, verb, _misread = case
    start = text.index(figure, text.index(indicator) + len(indicator))
    clause = max(text.rfind(mark, 0, start) for mark in "，。") + 1
    m = SimpleNamespace(start=start, end=start + len(figure), kind="count", clause=clause)
    head = keying._adding_head_of_bare_items(text, m)
    assert (head["adds"] if head is not None else None) == verb


@pytest.mark.parametrize("names,verb", [(1, "新建"), (11, "新建"), (12, None)])
def test_the_verb_of_bare_items_is_read_within_its_window(names, verb):
    """The clause before a clause of bare items is read up to 80 characters back: a longer one
    is not seen, also where it opens the text."""
    from types import SimpleNamespace

    from ningbo_indicators.dataset import keying

    text = "年内新建" + "区域服务中心" * names + "文化站10个，农家书屋290家"
    start = text.index("290家")
    m = SimpleNamespace(start=start, end=start + 4, kind="count", clause=text.index("农家书屋"))
    head = keying._adding_head_of_bare_items(text, m)
    assert (head["adds"] if head is not None else None) == verb


# sectors11 (round 8, third wave): a sector's, group's, one project's or unit's figure and quotas,
# keyed as the whole place's statistic; beside them what keeps its key. (report, sentence, figure, key)
SECTORS11_CASES = [
    (  # taxes a kind of firm paid (a reader of round 8)
        "more/prefectures/阜阳市/2016.md",
        "农村商业银行对县域经济发展的支撑作用明显增强，全年实现税收7.4亿元。",
        "7.4亿元",
        None,
    ),
    (  # 上缴税金: what the firms of one sector paid
        "more/prefectures/双鸭山市/2015.md",
        "双矿集团在煤炭销量和价格齐降的困境下，产量达到1108万吨，上缴税金4.6亿元。",
        "4.6亿元",
        None,
    ),
    (
        "more/prefectures/泰安市/2020.md",
        "服务业繁荣发展，完成税收150.41亿元，增长12%，占全部税收比重达到51.61%。",
        "增长12%",
        None,
    ),
    (  # the place's tax keeps its key
        "more/prefectures/滁州市/2014.md",
        "抓开源，完成税收146亿元，占财政收入的比重为81.6%；争取上级专项转移支付74.3亿元，"
        "地方政府债券转贷8亿元。",
        "146亿元",
        "tax_revenue",
    ),
    (  # a quota per household (a reader of round 8)
        "more/cities/南宁市/2019.md",
        "打好深度贫困地区脱贫攻坚硬仗，继续在政策、资金、用地、项目等方面予以倾斜，"
        "确保有劳动能力的极度贫困户每户安排1个公益性岗位，合力攻克“困中之困、贫中之贫”。",
        "1个",
        None,
    ),
    (  # the length of one road's section (a reader of round 8)
        "more/cities/石家庄市/2021.md",
        "加紧实施正繁公路辖区路段88公里干线公路建设，",
        "88公里",
        None,
    ),
    (  # job posts kept, not created
        "more/cities/北京市/2010.md",
        "发放岗位补贴和社会保险补贴5.5亿元，帮助企业稳定7.3万个就业岗位。",
        "7.3万个",
        None,
    ),
    (  # farm bridges: a kind of the bridges (a reader of round 8)
        "more/prefectures/沧州市/2020.md",
        "新改建农村公路283公里，改造提升生产危桥81座。",
        "81座",
        None,
    ),
    (  # projects signed at one event (a reader of round 8)
        "more/cities/苏州市/2024.md",
        "设立海外首个苏州全球创客传播中心，高水平举办第十五届苏州国际精英创业周，签约项目超2000个、"
        "创历史新高。",
        "超2000个",
        None,
    ),
    (  # events listed: the place's signed projects
        "more/prefectures/阿坝藏族羌族自治州/2014.md",
        "精心承办第十四届西博会阿坝主题州活动，积极参与央企、民企入川等投资促进活动，全年签约项目 61个、"
        "协议投资 664亿元，到位州外资金 74亿元。",
        "61个",
        "signed_projects",
    ),
    (
        "more/cities/济南市/2021.md",
        "成功承办“儒商青企会”，组织线上线下招商推介活动40余场次，签约项目909个，"
        "预计实际使用外资增长10%。",
        "909个",
        "signed_projects",
    ),
    (  # one project phase's additions (a reader of round 7)
        "more/cities/太原市/2002.md",
        "完成二电厂热电联产集中供热第三期工程，新增供热能力400万平方米；",
        "400万平方米",
        None,
    ),
    (  # one plant's additions
        "more/cities/太原市/2023.md",
        "阳曲热源厂年内建成投运，新增供热能力2000万平方米。",
        "2000万平方米",
        None,
    ),
    (  # another thing after a phase: the place's
        "more/prefectures/蚌埠市/2016.md",
        "建成市第二、第三和怀远涡北、五河污水处理厂二期工程，新建污水管网80公里，"
        "新增污水处理能力12.5万吨。",
        "80公里",
        "sewer_pipes",
    ),
    (  # one industry's technical renovation, named in a topic sentence (a reader of round 8)
        "more/prefectures/承德市/2025.md",
        "加快装备制造全产业链拓展。围绕建设储能装备产业化示范基地、北方仪器仪表基地、京北汽车零部件基地，"
        "实施苏垦银河“高端电机轴”等新建技改项目20个，",
        "20个",
        None,
    ),
    (
        "more/prefectures/菏泽市/2024.md",
        "加快推动纺织服装产业升级改造，推进35个技改项目建设，",
        "35个",
        None,
    ),
    (  # the housing provident fund's ratio (a reader of round 7)
        "more/prefectures/蚌埠市/2016.md",
        "住房公积金缴存率达77%，居全省第1；累计发放贷款79.3亿元，存贷比达95.3%、居全省第3。",
        "95.3%",
        None,
    ),
    (  # tourism revenue the events drove (a reader of round 7)
        "more/cities/海口市/2024.md",
        "全年举办各类演艺活动200余场，其中万人以上营业性演出15场，入场观众38万人次、带动旅游收入17.8亿元。",
        "17.8亿元",
        None,
    ),
    (  # deaths in road traffic accidents, not work-safety deaths (a reader of round 8)
        "more/provinces/浙江省/2026.md",
        "五年来，全省刑事案件总量下降35.9%，生产安全事故起数和死亡人数分别下降49.9%、45%，"
        "道路交通事故起数和死亡人数分别下降1.8%、31.3%，群众安全感稳居全国前列。",
        "31.3%",
        None,
    ),
    (  # after work-safety accidents: the place's work-safety deaths
        "more/provinces/浙江省/2026.md",
        "五年来，全省刑事案件总量下降35.9%，生产安全事故起数和死亡人数分别下降49.9%、45%，"
        "道路交通事故起数和死亡人数分别下降1.8%、31.3%，群众安全感稳居全国前列。",
        "45%",
        "work_safety_deaths_growth",
    ),
]


# lists11 (round 8 third wave): figures of a list or a series whose key belongs to another item of it
# (keying._another_stage_item, _other_level_of_a_joint_list, _half_of_one_phrase). Read in the
# report's title, which names its place.
LISTS11_CASES = [
    (  # a later stage of a list of stages carries the first item's phrase (signed projects)
        "more/prefectures/平顶山市/2022.md",
        "滚动开展“三个一批”，力争全年签约项目100个、开工200个、投产150个。",
        "200个",
        None,
    ),
    (
        "more/prefectures/平顶山市/2022.md",
        "力争全年签约项目100个、开工200个、投产150个。",
        "150个",
        None,
    ),
    (
        "more/prefectures/平顶山市/2022.md",
        "力争全年签约项目100个、开工200个、投产150个。",
        "100个",
        "signed_projects",
    ),
    ("more/cities/郑州市/2014.md", "力争全年签约项目45个以上、开工30个以上。", "30个以上", None),
    (  # the table keys 亿元以上项目 at the stage 竣工 too
        "more/prefectures/六安市/2020.md",
        "全年在建亿元以上项目455个，竣工138个。",
        "138个",
        "projects_over_100m",
    ),
    (  # the joint list of two levels: the province's list first, the city's second
        "more/prefectures/漯河市/2022.md",
        "擦亮漯河信用、漯河速度、漯河质量三个品牌，165个省市重点项目分别完成年度计划投资的132%、127.8%。",
        "132%",
        None,
    ),
    (
        "more/prefectures/漯河市/2022.md",
        "擦亮漯河信用、漯河速度、漯河质量三个品牌，165个省市重点项目分别完成年度计划投资的132%、127.8%。",
        "127.8%",
        "key_projects_investment_completion",
    ),
    (  # one phrase of two things (exports and imports), said of both
        "more/cities/大连市/2009.md",
        "外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%。",
        "20.9%",
        None,
    ),
    (
        "more/cities/大连市/2009.md",
        "外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%。",
        "增长26.5%",
        None,
    ),
    (
        "more/cities/青岛市/2021.md",
        "本外币存贷款余额双双突破2万亿元，年游客数量突破1亿人次。",
        "突破2万亿元",
        None,
    ),
    (  # two rates of a joined pair with no 分别: radio's, then television's
        "more/provinces/西藏自治区/2012.md",
        "建成3.5万座农村户用沼气，广播电视综合人口覆盖率达91.6%和92.8%，乡镇通邮率提高5个百分点",
        "91.6%",
        "radio_coverage",
    ),
    (
        "more/provinces/西藏自治区/2012.md",
        "建成3.5万座农村户用沼气，广播电视综合人口覆盖率达91.6%和92.8%，乡镇通邮率提高5个百分点",
        "92.8%",
        "tv_coverage",
    ),
    (  # a later item under the residents' modifier (城乡居民) is the residents' scheme
        "more/prefectures/甘南藏族自治州/2023.md",
        "城乡居民养老和医保参保率分别达到99%、98%，",
        "98%",
        "residents_medical_participation",
    ),
    (
        "more/prefectures/运城市/2021.md",
        "城乡居民养老保险、医疗保险参保率分别达95%、98%以上。",
        "98%以上",
        "residents_medical_participation",
    ),
    (  # the modifier heads a later item only: all schemes
        "more/prefectures/茂名市/2014.md",
        "企业职工养老保险、城乡居民养老保险和基本医疗保险参保率分别达 81.2%、 99%和 98.5%。",
        "98.5%",
        "medical_insurance_participation",
    ),
    (  # an item with its own figure between
        "more/prefectures/安康市/2023.md",
        "城乡居民基本养老保险参保率达到99%、医保参保率达到97%以上。",
        "97%以上",
        "medical_insurance_participation",
    ),
    (  # a later item under way or opened: no count of things built
        "more/cities/广州市/2016.md",
        "建成污水处理厂5座，在建14座，",
        "14座",
        None,
    ),
    ("more/cities/广州市/2016.md", "建成污水处理厂5座，在建14座，", "5座", "sewage_plants"),
    ("more/cities/郑州市/2019.md", "新建、改扩建中小学38所，投用20所，", "20所", None),
    (  # items named before a class with 等, a figure each: none the class's
        "more/prefectures/孝感市/2014.md",
        "教育、卫生、社保等民生支出占地方公共财政预算支出比例分别提高到21.4%、10.6%、14.9%。",
        "14.9%",
        None,
    ),
]


# misc12 (round 8, issue #10): both halves of a joined pair at once, a part of a net increase, a
# numbered document's projects, a sentence on one zone; beside them what keeps its key.
# (report, sentence quoted from it, figure, key)
MISC12_CASES = [
    (  # imports and exports each (a reader of round 8)
        "more/cities/大连市/2009.md",
        "外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%。",
        "20.9%",
        None,
    ),
    (  # deposits and loans each over the figure, not their sum
        "more/prefectures/鹰潭市/2022.md",
        "金融机构本外币各项存贷款余额双双突破千亿元，贷款增速连续两年位列全省第一",
        "突破千亿元",
        None,
    ),
    (  # a net increase's part (a reader of round 8)
        "more/cities/昆明市/2024.md",
        "净增企业10万户以上，其中“四上”企业600户以上。",
        "600户以上",
        None,
    ),
    (  # a State Council document's projects (a reader of round 8)
        "more/provinces/内蒙古自治区/2025.md",
        "政策落地成效明显，国务院16号文件加快实施，86个重大项目已开工74个，",
        "86个",
        None,
    ),
    (  # a sentence on one new area (a reader of round 8)
        "more/prefectures/海东市/2020.md",
        "编制完成河湟新区总体规划，总投资150亿元的13个产业项目开工建设，河湟新区步入了转型发展的快车道。",
        "13个",
        None,
    ),
    (  # a metropolitan area's projects (a reader of round 8)
        "more/prefectures/洛阳市/2021.md",
        "洛阳都市圈发展规划印发实施，洛济深度融合取得阶段性成效，洛平、洛三联动发展加快落地，"
        "谋划了1481个重大项目、总投资2.87万亿元。",
        "1481个",
        None,
    ),
    (  # poverty relief's industry projects (a reader of round 8)
        "more/prefectures/锦州市/2023.md",
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接，投入1.7亿元，实施产业项目58个，精准帮扶易返贫致贫群众4.5万人，",
        "58个",
        None,
    ),
    (  # the total's growth, no pair split
        "more/cities/大连市/2009.md",
        "外贸进出口双双迈上200亿美元新台阶，分别增长26.5%和20.9%。",
        "增长26.5%",
        None,
    ),
]


# Every case of the tables above quotes its sentence from its report (report, sentence, …).
QUOTED_CASES = [
    case
    for table in (
        HANDLED_CASES,
        RATE_SUBJECT_CASES,
        CHANGE_CASES,
        PART_CASES,
        ONE_UNIT_CASES,
        TOPIC_CASES,
        ADDED_IN_CONTEXT_CASES,
        PREC6_CASES,
        CONTEXT_CASES,
        RATES7_CASES,
        ADDN7_CASES,
        RATES8_CASES,
        PREC9A_CASES,
        GAP_CASES,
        ZONE_CASES,
        SUBSETS9_CASES,
        PARTS10_CASES,
        LEVELS10_CASES,
        RATIO10_CASES,
        ACTS10_CASES,
        BARE_ITEMS_CASES,
        SECTORS11_CASES,
        LISTS11_CASES,
        MISC12_CASES,
    )
    for case in table
]


@pytest.mark.parametrize("case", QUOTED_CASES, ids=lambda c: f"{c[0][-24:]}-{c[1][:10]}")
def test_every_case_is_quoted_from_its_report(case):
    from conftest import CORPUS

    path = CORPUS / case[0]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    assert case[1] in path.read_text(encoding="utf-8")


def test_every_topic_part_holds_a_hint():
    """keying._under_a_part_topic reads a paragraph only where _WORKS_TOPIC_HINT finds a word in
    it: every part a topic can name must hold one."""
    import re

    from ningbo_indicators.dataset import keying

    named = re.search(r"\(\?P<part>([^)]*)\)", keying._WORKS_TOPIC.pattern).group(1).split("|")
    for word in [*keying._TOPIC_PARTS, *named]:
        assert keying._WORKS_TOPIC_HINT.search(word), word


# rates9 (round 8, rates): more wordings of keyed rates and new keys of rates that mean the same
# across places; beside them what stays unkeyed (another scheme's or a pilot's reach, a subset,
# one crop, two rates with one figure, grassland). (report, sentence quoted from it, figure, key)
RATES9_CASES = [
    (
        "more/provinces/西藏自治区/2022.md",
        "大庆之年社会治安形势持续向好，群众安全感满意度达99.74%。",
        "99.74%",
        "public_security_satisfaction",
    ),
    (
        "more/cities/乌鲁木齐市/2017.md",
        "人民群众安全感和满意度达到90%以上。",
        "90%以上",
        None,
    ),
    (
        "more/prefectures/潍坊市/2021.md",
        "强化农业面源污染防治，测土配方施肥覆盖率达到94%以上。",
        "94%以上",
        "soil_testing_fertilisation_coverage",
    ),
    (
        "more/prefectures/怀化市/2019.md",
        "闲置土地处置率达91.22%。",
        "91.22%",
        "idle_land_disposal_rate",
    ),
    (
        "more/provinces/广东省/2019.md",
        "批而未供和闲置土地处置率达到15%以上。",
        "15%以上",
        None,
    ),
    (
        "more/prefectures/石嘴山市/2022.md",
        "医疗废物安全处置率稳定在100%。",
        "100%",
        "medical_waste_disposal_rate",
    ),
    (
        "more/prefectures/桂林市/2020.md",
        "实现建制村通客车率达100%，乡镇、建制村通公交率分别达100%、60%；",
        "60%",
        "village_public_bus_access",
    ),
    (
        "more/cities/上海市/2009.md",
        "郊区新开公交线路50条左右，行政村公交通达率达到80%。",
        "80%",
        "village_public_bus_access",
    ),
    (
        "more/provinces/河南省/2025.md",
        "保交楼任务总体完成，保交房项目交付率94.6%。",
        "94.6%",
        "guaranteed_housing_delivery_rate",
    ),
    (
        "more/cities/大连市/2020.md",
        "深入推进医养结合，养老机构与医疗机构签约率达到90％。",
        "90％",
        "elderly_care_medical_contract_rate",
    ),
    (
        "more/provinces/广东省/2023.md",
        "持续增加医养结合机构数，65岁及以上老年人医养结合服务率超30%。",
        "超30%",
        "elderly_medical_care_integration_rate",
    ),
    (
        "more/prefectures/双鸭山市/2020.md",
        "畜禽粪污资源化利用率达到75%以上，规模养殖场粪污处理设施配套率达到95%以上。",
        "95%以上",
        "manure_facility_rate",
    ),
    (
        "more/provinces/山西省/2013.md",
        "公路超限超载率由13%降低到0.2%。",
        "0.2%",
        "road_overload_rate",
    ),
    (
        "more/prefectures/阿坝藏族羌族自治州/2022.md",
        "减畜15.4万个羊单位，超载率下降至8.86%。",
        "8.86%",
        None,
    ),
    (
        "more/cities/银川市/2014.md",
        "全年空气质量优良天数达到252天，PM2.5达标率81%。",
        "81%",
        "pm25_compliant_days_share",
    ),
    (
        "more/cities/广州市/2003.md",
        "初中毕业生升学率达92.6％，高考学生录取率达87％。",
        "87％",
        "college_admission_rate",
    ),
    ("more/cities/武汉市/2015.md", "高考全口径升学率保持在93%以上。", "93%以上", None),
    (
        "more/prefectures/鹰潭市/2022.md",
        "城镇登记失业率3.2%，基本医疗保险覆盖面稳定在95%以上。",
        "95%以上",
        None,  # bare 覆盖面: the employees' scheme alone in 辽宁 2001 (rates6)
    ),
    (
        "more/cities/烟台市/2006.md",
        "扩大新型农村合作医疗试点范围，今年全市新型农村合作医疗覆盖面达到85%以上。",
        "85%以上",
        None,
    ),
    (
        "more/cities/乌鲁木齐市/2014.md",
        "加强政务公开和网络问政，受理市长专线2.68万件，办结率99.41%；",
        "99.41%",
        "hotline_completion_rate",
    ),
    (
        "more/prefectures/延边朝鲜族自治州/2016.md",
        "农业机械总动力达到226万千瓦，主要粮食作物耕种收综合机械化水平达到81%。",
        "81%",
        "grain_mechanisation_rate",
    ),
    (
        "more/prefectures/海东市/2020.md",
        "完成化肥农药减量增效100万亩目标任务，农田残膜回收率达90%以上。",
        "90%以上",
        "film_recycling_rate",
    ),
    (
        "more/cities/福州市/2007.md",
        "新建户用沼气池1261口，建制村公路硬化率达91.2%，自来水普及率达74",
        "91.2%",
        "village_road_access",
    ),
    (
        "more/prefectures/巴音郭楞蒙古自治州/2023.md",
        "力争主要农作物优良品种覆盖率保持在98%以上。",
        "98%以上",
        "improved_seed_coverage",
    ),
    (
        "more/prefectures/昌都市/2023.md",
        "完成测土配方和粮食绿色高产高效示范创建48万亩，青稞良种覆盖率达92%以上。",
        "92%以上",
        None,
    ),
    (
        "more/cities/海口市/2006.md",
        "城市燃气普及率96.8%，管道燃气普及率35%。",
        "35%",
        None,
    ),
]


def test_every_zone_word_holds_a_hint():
    """keying._of_a_zone reads a figure's sentence and paragraph only where _PARK_HINT, and its
    paragraph's topic and heading only where _ZONE_HINT, finds a word before it: every zone its
    patterns name must hold one."""
    import re

    from ningbo_indicators.dataset import keying

    for pattern, hint in (
        (keying._ZONE, keying._ZONE_HINT),
        (keying._ZONE_TOPIC, keying._ZONE_HINT),
        (keying._ZONE_IN_HEADING, keying._ZONE_HINT),
        (keying._ZONE_FIRMS, keying._PARK_HINT),
    ):
        zones = pattern.pattern[pattern.pattern.index("(?P<zone>") :]
        zones = re.split(r"\)(?=\(\?|\[)", zones)[0]  # (up to the end of the zone's group)
        # (an area of the free trade zone, (?:自贸试验区|…)\p{Han}{2,4}片区, always ends in 片区)
        zones = re.sub(r"\(\?:[^()]*\)\\p\{Han\}\{2,4\}片区", "片区", zones)
        words = re.findall(r"[\u4e00-\u9fff]+[区园]", zones)
        assert words, pattern.pattern
        for word in words:
            assert hint.search(word), word
            assert keying._PARK_HINT.search(word), word  # (the first test of all)


# Round 8's tables of (report, sentence quoted from it, figure, key): each figure, read in its sentence,
# takes the key a reader gives it (None: no key of the place).
ROUND8_CASES = [
    *RATES9_CASES,
    *ZONE_CASES,
    *SUBSETS9_CASES,
    *PARTS10_CASES,
    *RATIO10_CASES,
    *ACTS10_CASES,
    *SECTORS11_CASES,
    *MISC12_CASES,
]


@pytest.mark.parametrize("case", ROUND8_CASES, ids=lambda c: f"{c[1][:12]}-{c[2]}")
def test_a_figure_read_in_its_sentence_takes_the_readers_key(case):
    _, sentence, figure, key = case
    (record,) = [r for r in extract(sentence) if r.text == figure]
    assert record.indicator_key == key


# ... and those whose rule needs the report's place, read under the report's title line.
@pytest.mark.parametrize(
    "case", [*LEVELS10_CASES, *LISTS11_CASES], ids=lambda c: f"{c[1][:12]}-{c[2]}"
)
def test_a_figure_read_under_its_reports_title_takes_the_readers_key(case):
    from conftest import CORPUS

    path = CORPUS / case[0]
    if not path.is_file():
        pytest.skip(f"{path} not found")
    title = next(line for line in path.read_text("utf-8").splitlines() if line.startswith("title:"))
    _, sentence, figure, key = case
    (record,) = [r for r in extract(f"---\n{title}\n---\n{sentence}") if r.text == figure]
    assert record.indicator_key == key


def test_lead_first_holds_the_first_characters_of_the_leading_words():
    from ningbo_indicators import compiled
    from ningbo_indicators.dataset import keys

    assert set(compiled.first_characters(keys._LEAD.pattern) or "?") == set(keys._LEAD_FIRST)


def test_clean_phrase_is_the_ungated(monkeypatch):
    # _MAY_CUT lets a phrase skip every cut but the leading words: with it always letting the
    # cuts run, the same phrases (the key cases' phrases, the words between the figures of the
    # bundled report, and pieces of each cut put together)
    import itertools
    import re

    from ningbo_indicators.dataset import keys
    from ningbo_indicators.readers import bundled_text

    pieces = ["全市", "2023年", "预计", "（2）", "二是", "初步", "生产总值", "实现", "分别", "达到"]
    pieces += ["“", " ", "(GDP)", "今年的", "按可比价计算", "即", "使", "增加值", "率", "\n"]
    phrases = {case[0] for case in KEY_CASES}
    phrases |= {p for p in re.split(r"[\d.%，,：:。；;！？\n]+", bundled_text()) if p}
    phrases |= {"".join(p) for p in itertools.product(pieces, repeat=2)}
    gated = {p: keys._clean(p) for p in phrases}
    monkeypatch.setattr(keys, "_MAY_CUT", re.compile(""))  # (every phrase takes the long path)
    assert {p: keys._clean(p) for p in phrases} == gated


@pytest.mark.parametrize("classes,cell", [("price_index", (3.5, "%")), ("", (103.5, "%"))])
def test_a_price_index_class_named_on_any_row_makes_the_index_a_rise(classes, cell):
    """A class on any row of a key is the key's, on every row: the targets read the first."""
    from ningbo_indicators.dataset.targets import cell_value
    from ningbo_indicators.model import Record

    table = (
        "key,name,kinds,base_unit,pattern,classes\n"
        "cpi,居民消费价格,growth,%,^居民消费价格$,\n"
        f"cpi,居民消费价格,ratio,%,^居民消费价格指数$,{classes}\n"
    )
    first = parse_table(table)[0]
    assert first.classes == ((classes,) if classes else ())
    values = ("-", "103.5%", 0, 6, 103.5, "%", 103.5, "%", "percent", "ratio", "exact", None)
    record = Record(*values, "居民消费价格指数", "target", None, None, None, "year")
    assert cell_value(record, first) == cell


def test_threads_reading_a_row_first_get_the_same_object():
    """Threads that read the shipped table's rows for the first time at once get, for each row,
    one object (the table's), and each row is counted once toward making the rest at once."""
    import sys
    import threading

    _, table = _shipped_as_kept()
    rows = range(0, len(table) // 4 - 1)  # (one short of the count that makes the rest)
    start = threading.Barrier(4)
    got: list[list] = []

    def read() -> None:
        start.wait()
        got.append([table[i] for i in rows])

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # (threads switch between nearly every two bytecodes)
    try:
        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert len(got) == 4
    for i, first in zip(rows, got[0]):
        assert all(seen[i] is first for seen in got), i
    assert table._left == 1 and table._all is None
    assert all(made is first for made, first in zip(table.all(), got[0]))


def _without_the_last_row(kept: bytes) -> bytes:
    """`kept` (what `keys._kept` gives) with its last row's bytes and end left out, its column
    of keys whole."""
    size = int.from_bytes(kept[:4], "little")
    keys, classes, parts, end_bytes = marshal.loads(kept[4 : 4 + size])
    head = marshal.dumps((keys, classes, parts, end_bytes[:-4]))
    last_start = int.from_bytes(end_bytes[-8:-4], sys.byteorder)
    return len(head).to_bytes(4, "little") + head + kept[4 + size : 4 + size + last_start]


def test_a_kept_table_of_another_shape_is_parsed_again(monkeypatch):
    """An entry under the key table's name that is not of the shape `_kept` gives (a checkout
    that kept it otherwise under the same name) is not an error: the table is parsed again."""
    from ningbo_indicators import compiled
    from ningbo_indicators.dataset import keys

    parsed, _ = _shipped_as_kept()
    head = marshal.dumps(({"key": ()}, {}, ({}, {}, 0, 0)))  # (the shape of index 7's columns)
    kept = keys._kept(parsed)
    size = int.from_bytes(kept[:4], "little")
    foreigners = [
        len(head).to_bytes(4, "little") + head,
        b"",
        b"\x00\x01",
        kept[: 4 + size] + kept[4 + size + 1 :],  # (a row's byte missing: the ends do not fit)
        _without_the_last_row(kept),  # (the ends fit the rows, not the keys)
    ]
    for foreign in foreigners:
        with pytest.raises((TypeError, ValueError, EOFError)):
            keys._table_of(foreign)

        def remember_bytes(name, source, build, foreign=foreign):
            return foreign if "indicators.csv" in name else build()

        monkeypatch.setattr(compiled, "remember_bytes", remember_bytes)
        table = keys.shipped_table.__wrapped__()
        assert len(table) == len(parsed) and list(table) == list(parsed)
