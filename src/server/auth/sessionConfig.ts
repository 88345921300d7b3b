import { flag, positiveWholeNumber, settingsArea, variable } from '../configuration/variables.js';

/** How long sign-ins last and how hard they may be tried, on the staff side and the individual's. */
export const sessionSettings = settingsArea(
  {
    SESSION_HOURS: variable(positiveWholeNumber, 10),
    SESSION_IDLE_MINUTES: variable(positiveWholeNumber, 30),
    LOGIN_MAX_FAILURES: variable(positiveWholeNumber, 5),
    LOGIN_MAX_ADDRESS_FAILURES: variable(positiveWholeNumber, 50),
    LOGIN_LOCK_MINUTES: variable(positiveWholeNumber, 15),
    LOGIN_RATE_LIMIT_PER_MINUTE: variable(positiveWholeNumber, 30),
    PASSWORD_SIGN_IN: variable(flag, true),
    PERSON_SESSION_MINUTES: variable(positiveWholeNumber, 60),
    PERSON_SESSION_IDLE_MINUTES: variable(positiveWholeNumber, 15),
    PERSON_RATE_LIMIT_PER_MINUTE: variable(positiveWholeNumber, 120),
  },
  (values) => ({
    sessionHours: values.SESSION_HOURS,
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    loginMaxFailures: values.LOGIN_MAX_FAILURES,
    loginMaxAddressFailures: values.LOGIN_MAX_ADDRESS_FAILURES,
    loginLockMinutes: values.LOGIN_LOCK_MINUTES,
    loginRateLimitPerMinute: values.LOGIN_RATE_LIMIT_PER_MINUTE,
    passwordSignIn: values.PASSWORD_SIGN_IN,
    personSessionMinutes: values.PERSON_SESSION_MINUTES,
    personSessionIdleMinutes: values.PERSON_SESSION_IDLE_MINUTES,
    personRateLimitPerMinute: values.PERSON_RATE_LIMIT_PER_MINUTE,
  }),
);
