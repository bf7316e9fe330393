/** 政策参数 — the finance module's parameter files (基准利率、LPR、小额信贷、风险补偿、互助资金), shipped as a service. */
package org.jingzhun.finance.policy;
