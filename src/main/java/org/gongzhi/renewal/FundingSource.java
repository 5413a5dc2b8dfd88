package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** Where a project's money comes from: 专项维修资金, 政府资金, 物业, 居民众筹, 其他. */
public enum FundingSource implements Labelled {
    MAINTENANCE_FUND,
    GOVERNMENT,
    PROPERTY_COMPANY,
    CROWDFUNDING,
    OTHER
}
