/**
 * Small building blocks every module may use: the acting user and its scoped roles, personal-data
 * protection, the audit trail, paging and the page shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gongzhi.shared;
