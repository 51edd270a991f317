/**
 * Deliberately broken code, one violation per package, for {@code ArchitectureRulesCatchViolationsTest}.
 * Kept outside {@code org.defendersdays} so neither Spring Modulith nor the real rules see it.
 */
package archfixtures;
