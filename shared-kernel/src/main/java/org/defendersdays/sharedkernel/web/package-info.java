/**
 * What a module tells the app about its web pages: who may reach which addresses. The app turns
 * these rules into its deny-by-default authorization; anything no module declares is denied.
 */
package org.defendersdays.sharedkernel.web;
