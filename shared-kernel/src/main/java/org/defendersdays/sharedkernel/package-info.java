/**
 * The published language of the platform: what modules may say to each other.
 *
 * <p>Open to every module. Keep it small: identifiers, non-personal values and integration
 * events. Nothing here may carry a name, an email, a risk detail or free text.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package org.defendersdays.sharedkernel;

import org.springframework.modulith.ApplicationModule;
