from django import forms

from .models import Profile


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["organisation_name", "ice", "size", "sector", "region"]
        widgets = {"ice": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})}

    def clean_ice(self):
        # People copy the ICE from documents that group its digits with spaces.
        return "".join(self.cleaned_data["ice"].split())
