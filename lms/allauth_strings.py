"""Sign-in strings from django-allauth, listed so that our own catalogues carry them.

allauth ships bokmål and Ukrainian but no nynorsk; with its strings in locale/ every
account page (forms, errors, e-mails) reads in the learner's language. Never called.
"""

from django.utils.translation import gettext_noop, pgettext


def _allauth_strings():  # pragma: no cover
    gettext_noop("This account is currently inactive.")
    gettext_noop("You cannot remove your primary email address.")
    gettext_noop("This email address is already associated with this account.")
    gettext_noop("The email address and/or password you specified are not correct.")
    gettext_noop("The phone number and/or password you specified are not correct.")
    gettext_noop("A user is already registered with this email address.")
    gettext_noop("Please type your current password.")
    gettext_noop("Incorrect code.")
    gettext_noop("Incorrect password.")
    gettext_noop("Invalid or expired key.")
    gettext_noop("Invalid login.")
    gettext_noop("The password reset token was invalid.")
    gettext_noop("You cannot add more than %d email addresses.")
    gettext_noop("A user is already registered with this phone number.")
    gettext_noop("Too many failed login attempts. Try again later.")
    gettext_noop("The email address is not assigned to any user account.")
    gettext_noop("The phone number is not assigned to any user account.")
    gettext_noop("Your primary email address must be verified.")
    gettext_noop("Username can not be used. Please use other username.")
    gettext_noop("The username and/or password you specified are not correct.")
    gettext_noop("Please select only one.")
    gettext_noop("The new value must be different from the current one.")
    gettext_noop("Be patient, you are sending too many requests.")
    gettext_noop("Use your password")
    gettext_noop("Use authenticator app or code")
    gettext_noop("Use a security key")
    gettext_noop("Email")
    gettext_noop("Email address")
    gettext_noop("Enter a phone number including country code (e.g. +1 for the US).")
    gettext_noop("Phone")
    gettext_noop("You must type the same password each time.")
    gettext_noop("Password")
    gettext_noop("Remember Me")
    gettext_noop("Username")
    pgettext("field label", "Login")
    gettext_noop("Username, email or phone")
    gettext_noop("Username or email")
    gettext_noop("Username or phone")
    gettext_noop("Email or phone")
    gettext_noop("Forgot your password?")
    gettext_noop("Email (again)")
    gettext_noop("Email address confirmation")
    gettext_noop("Email (optional)")
    gettext_noop("Username (optional)")
    gettext_noop("You must type the same email each time.")
    gettext_noop("Password (again)")
    gettext_noop("Current Password")
    gettext_noop("New Password")
    gettext_noop("New Password (again)")
    gettext_noop("Code")
    gettext_noop("user")
    gettext_noop("email address")
    gettext_noop("verified")
    gettext_noop("primary")
    gettext_noop("email addresses")
    gettext_noop("created")
    gettext_noop("sent")
    gettext_noop("key")
    gettext_noop("email confirmation")
    gettext_noop("email confirmations")
    gettext_noop("Cancel")
    gettext_noop("Account Inactive")
    gettext_noop("This account is inactive.")
    gettext_noop("Confirm")
    gettext_noop("Sign In")
    gettext_noop("Password Reset")
    gettext_noop("Email Addresses")
    gettext_noop("The following email addresses are associated with your account:")
    gettext_noop("Verified")
    gettext_noop("Unverified")
    gettext_noop("Primary")
    gettext_noop("Make Primary")
    gettext_noop("Re-send Verification")
    gettext_noop("Remove")
    gettext_noop("Add Email Address")
    gettext_noop("Add Email")
    gettext_noop("Do you really want to remove the selected email address?")
    gettext_noop(
        "You are receiving this email because you or someone else tried to signup for an\naccount using email address:\n\n%(email)s\n\nHowever, an account using that email address already exists.  In case you have\nforgotten about this, please use the password forgotten procedure to recover\nyour account:\n\n%(password_reset_url)s"
    )
    gettext_noop("Account Already Exists")
    gettext_noop("Hello from %(site_name)s!")
    gettext_noop("Thank you for using %(site_name)s!\n%(site_domain)s")
    gettext_noop(
        "You are receiving this mail because the following change was made to your account:"
    )
    gettext_noop(
        "If you do not recognize this change then please take proper security precautions immediately. The change to your account originates from:\n\n- IP address: %(ip)s\n- Browser: %(user_agent)s\n- Date: %(timestamp)s"
    )
    gettext_noop("Your email has been changed from %(from_email)s to %(to_email)s.")
    gettext_noop("Email Changed")
    gettext_noop("Your email has been confirmed.")
    gettext_noop("Email Confirmation")
    gettext_noop(
        "You're receiving this email because user %(user_display)s has given your email address to register an account on %(site_domain)s."
    )
    gettext_noop(
        "Your email verification code is listed below. Please enter it in your open browser window."
    )
    gettext_noop("To confirm this is correct, go to %(activate_url)s")
    gettext_noop("Please Confirm Your Email Address")
    gettext_noop("Email address %(deleted_email)s has been removed from your account.")
    gettext_noop("Email Removed")
    gettext_noop("This mail can be safely ignored if you did not initiate this action.")
    gettext_noop("Your password has been changed.")
    gettext_noop("Password Changed")
    gettext_noop(
        "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password."
    )
    gettext_noop("In case you forgot, your username is %(username)s.")
    gettext_noop("Password Reset Email")
    gettext_noop("Your password has been reset.")
    gettext_noop("Your password has been set.")
    gettext_noop("Password Set")
    gettext_noop(
        "You are receiving this email because you, or someone else, tried to access an account with email %(email)s. However, we do not have any record of such an account in our database."
    )
    gettext_noop("If it was you, you can sign up for an account using the link below.")
    gettext_noop("Unknown Account")
    gettext_noop("Email Address")
    gettext_noop("Current email")
    gettext_noop("Changing to")
    gettext_noop("Your email address is still pending verification.")
    gettext_noop("Cancel Change")
    gettext_noop("Change to")
    gettext_noop("Change Email")
    gettext_noop("Confirm Email Address")
    gettext_noop(
        'Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user %(user_display)s.'
    )
    gettext_noop(
        "Unable to confirm %(email)s because it is already confirmed by a different account."
    )
    gettext_noop(
        'This email confirmation link expired or is invalid. Please <a href="%(email_url)s">issue a new email confirmation request</a>.'
    )
    gettext_noop(
        "If you have not created an account yet, then please %(link)ssign up%(end_link)s first."
    )
    gettext_noop("Sign in with a passkey")
    gettext_noop("Send me a sign-in code")
    gettext_noop("Sign Out")
    gettext_noop("Are you sure you want to sign out?")
    gettext_noop("You cannot remove your primary email address (%(email)s).")
    gettext_noop("Confirmation email sent to %(email)s.")
    gettext_noop("You have confirmed %(email)s.")
    gettext_noop("Removed email address %(email)s.")
    gettext_noop("Successfully signed in as %(name)s.")
    gettext_noop("You have signed out.")
    gettext_noop("Password successfully changed.")
    gettext_noop("Password successfully set.")
    gettext_noop("Primary email address set.")
    gettext_noop("Change Password")
    gettext_noop("Forgot Password?")
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."
    )
    gettext_noop("Reset My Password")
    gettext_noop("Please contact us if you have any trouble resetting your password.")
    gettext_noop(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes."
    )
    gettext_noop("Bad Token")
    gettext_noop(
        'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'
    )
    gettext_noop("Your password is now changed.")
    gettext_noop("Set Password")
    gettext_noop("Signup")
    gettext_noop("Sign Up")
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s.")
    gettext_noop("Sign up using a passkey")
    gettext_noop("Sign Up Closed")
    gettext_noop("We are sorry, but the sign up is currently closed.")
    gettext_noop("Note")
    gettext_noop("You are already logged in as %(user_display)s.")
    gettext_noop("Warning:")
    gettext_noop(
        "You currently do not have any email address set up. You should really add an email address so you can receive notifications, reset your password, etc."
    )
    gettext_noop("Verify Your Email Address")
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes."
    )
    gettext_noop(
        "This part of the site requires us to verify that\nyou are who you claim to be. For this purpose, we require that you\nverify ownership of your email address. "
    )
    gettext_noop(
        "We have sent an email to you for\nverification. Please click on the link inside that email. If you do not see the verification email in your main inbox, check your spam folder. Otherwise\ncontact us if you do not receive it within a few minutes."
    )
    gettext_noop(
        '<strong>Note:</strong> you can still <a href="%(email_url)s">change your email address</a>.'
    )
    gettext_noop("Messages:")
    gettext_noop("Menu:")
    gettext_noop("Account Connections")
    gettext_noop("Two-Factor Authentication")
    gettext_noop("Sessions")


def _allauth_mfa_strings():  # pragma: no cover
    """Two-factor login pages and e-mails (allauth.mfa); nynorsk needs them here."""
    gettext_noop("Activate")
    gettext_noop("Activate Authenticator App")
    gettext_noop("Alternative options")
    gettext_noop("An authenticator app is not active.")
    gettext_noop("Authentication using an authenticator app is active.")
    gettext_noop("Authenticator App")
    gettext_noop("Authenticator code")
    gettext_noop("Authenticator secret")
    gettext_noop("Cancel")
    gettext_noop("Code")
    gettext_noop("Confirm")
    gettext_noop("Deactivate")
    gettext_noop("Deactivate Authenticator App")
    gettext_noop("Download")
    gettext_noop("Download codes")
    gettext_noop("Generate")
    gettext_noop("Generate new codes")
    gettext_noop("I have saved my recovery codes")
    gettext_noop("Incorrect code.")
    gettext_noop("MFA")
    gettext_noop("Manage")
    gettext_noop("No recovery codes set up.")
    gettext_noop("Recovery Codes")
    gettext_noop("Recovery codes")
    gettext_noop("Sign In")
    gettext_noop("TOTP Authenticator")
    gettext_noop("Two-Factor Authentication")
    gettext_noop("Unused codes")
    gettext_noop("View")
    gettext_noop(
        "You can store this secret and use it to reinstall your authenticator app at a later time."
    )
    gettext_noop(
        "You cannot activate two-factor authentication until you have verified your email address."
    )
    gettext_noop(
        "You cannot add an email address to an account protected by two-factor authentication."
    )
    gettext_noop("You cannot deactivate two-factor authentication.")
    gettext_noop(
        "You cannot generate recovery codes without having two-factor authentication enabled."
    )
    gettext_noop(
        "Your account is protected by two-factor authentication. Please enter an authenticator code:"
    )
    gettext_noop(
        "A new set of Two-Factor Authentication recovery codes has been generated."
    )
    gettext_noop("New Recovery Codes Generated")
    gettext_noop("Authenticator app activated.")
    gettext_noop("Authenticator App Activated")
    gettext_noop("Authenticator app deactivated.")
    gettext_noop("Authenticator App Deactivated")
    gettext_noop("A new set of recovery codes has been generated.")
    gettext_noop("Save them  in a secure location now — they won't be shown again.")
    gettext_noop("Enter an authenticator code:")
    gettext_noop("Are you sure?")
    gettext_noop("This action will invalidate your existing codes.")
    gettext_noop(
        "You are about to generate a new set of recovery codes for your account."
    )
    gettext_noop(
        "To protect your account with two-factor authentication, scan the QR code below with your authenticator app. Then, input the verification code generated by the app below."
    )
    gettext_noop(
        "You are about to deactivate authenticator app based authentication. Are you sure?"
    )
