// Deep linking: post the chosen activity back to the LMS at once (the button
// does the same without JavaScript).
document.getElementById("lti-return")?.submit();
