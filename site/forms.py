from django import forms

from .models import Profile, ice_validator


class ICEField(forms.CharField):
    # The form checks the format itself, so that a too-long ICE is also told what an ICE is.
    default_validators = [ice_validator]

    def to_python(self, value):
        # People copy the ICE from documents that group its digits with spaces.
        return "".join(super().to_python(value).split())


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["organisation_name", "ice", "size", "sector", "region"]
        field_classes = {"ice": ICEField}
        widgets = {"ice": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})}
