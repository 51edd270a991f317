/*
 * Passkeys (WebAuthn) on the sign-in page and the passkeys page. The only script on the platform:
 * everything else works without it, and the passkey controls stay hidden unless this runs in a
 * browser that supports WebAuthn. The server speaks Spring Security's WebAuthn JSON (binary values
 * as unpadded base64url); the CSRF token is taken from the page's own form.
 */
(function () {
  'use strict';

  if (!window.PublicKeyCredential || !navigator.credentials || !window.fetch) {
    var unsupported = document.getElementById('passkey-unsupported');
    if (unsupported) { unsupported.hidden = false; }
    return;
  }

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
    return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function fromBase64Url(value) {
    var text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes.buffer;
  }

  function csrfToken() {
    var field = document.querySelector('input[name="_csrf"]');
    return field ? field.value : '';
  }

  /** Posts JSON; resolves with the answer's JSON, or rejects with the server's own message. */
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': csrfToken() },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) { throw new Error(json.detail || ''); }
        return json;
      });
    });
  }

  function descriptors(list) {
    return (list || []).map(function (credential) {
      return { type: credential.type, id: fromBase64Url(credential.id), transports: credential.transports };
    });
  }

  function showError(element, message, fallback) {
    element.textContent = message || fallback;
    element.hidden = false;
  }

  function signIn(button, errorBox, fallback) {
    errorBox.hidden = true;
    button.disabled = true;
    post('/login/passkey/options').then(function (options) {
      return navigator.credentials.get({ publicKey: {
        challenge: fromBase64Url(options.challenge),
        timeout: options.timeout,
        rpId: options.rpId,
        allowCredentials: descriptors(options.allowCredentials),
        userVerification: options.userVerification,
        extensions: options.extensions
      } });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/passkey', {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        type: credential.type,
        response: {
          authenticatorData: toBase64Url(response.authenticatorData),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          signature: toBase64Url(response.signature),
          userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      window.location.assign(result.redirectUrl);
    }).catch(function (error) {
      button.disabled = false;
      showError(errorBox, error && error.message && error.name === 'Error' ? error.message : '', fallback);
    });
  }

  function register(form, errorBox, fallback) {
    var label = form.querySelector('#passkey-label').value;
    var button = form.querySelector('button[type="submit"]');
    errorBox.hidden = true;
    button.disabled = true;
    post('/account/passkeys/options').then(function (options) {
      return navigator.credentials.create({ publicKey: {
        rp: options.rp,
        user: { id: fromBase64Url(options.user.id), name: options.user.name, displayName: options.user.displayName },
        challenge: fromBase64Url(options.challenge),
        pubKeyCredParams: options.pubKeyCredParams,
        timeout: options.timeout,
        excludeCredentials: descriptors(options.excludeCredentials),
        authenticatorSelection: options.authenticatorSelection,
        attestation: options.attestation,
        extensions: options.extensions
      } });
    }).then(function (credential) {
      var response = credential.response;
      return post('/account/passkeys', { publicKey: { label: label, credential: {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        type: credential.type,
        response: {
          attestationObject: toBase64Url(response.attestationObject),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } });
    }).then(function (result) {
      window.location.assign(result.redirectUrl);
    }).catch(function (error) {
      button.disabled = false;
      showError(errorBox, error && error.message && error.name === 'Error' ? error.message : '', fallback);
    });
  }

  var signInArea = document.getElementById('passkey-sign-in');
  if (signInArea) {
    var signInButton = document.getElementById('passkey-sign-in-button');
    var signInError = signInArea.querySelector('#passkey-error');
    signInArea.hidden = false;
    signInButton.addEventListener('click', function () {
      signIn(signInButton, signInError, signInArea.getAttribute('data-failed'));
    });
  }

  var addForm = document.getElementById('passkey-add');
  if (addForm) {
    addForm.hidden = false;
    addForm.addEventListener('submit', function (event) {
      event.preventDefault();
      register(addForm, addForm.querySelector('#passkey-error'), addForm.getAttribute('data-failed'));
    });
  }
}());
