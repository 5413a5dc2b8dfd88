/**
 * Work orders (工单) and what opens them: resident reports (随手拍), Open311 requests, patrol findings and adopted
 * small fixes; their steps, permissions, escalation and measures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"community", "identity", "shared", "privacy"})
package org.gongzhi.cases;
