import { SelectField, TextField } from "@/components/ui/field";

export interface UserFieldValues {
  displayName?: string;
  userPrincipalName?: string;
  usageLocation?: string | null;
  pstnConnectivity?: string;
  kind?: string;
}

/** The fields a directory user has; shared by the add and edit forms. */
export function UserFields({
  values,
  errors,
  countries,
}: {
  values: UserFieldValues;
  errors?: Record<string, string[]>;
  countries: { value: string; label: string }[];
}) {
  return (
    <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
      <TextField
        label="Display name"
        name="displayName"
        defaultValue={values.displayName ?? ""}
        errors={errors?.displayName}
        required
        autoComplete="off"
      />
      <TextField
        label="Username"
        name="userPrincipalName"
        defaultValue={values.userPrincipalName ?? ""}
        errors={errors?.userPrincipalName}
        hint="The sign-in name, like alex@contoso.com. Unique in this tenant."
        required
        autoComplete="off"
      />
      <SelectField
        label="Usage location"
        name="usageLocation"
        defaultValue={values.usageLocation ?? ""}
        errors={errors?.usageLocation}
        hint="Where the person uses the service. Needed before any license can be assigned."
        options={[{ value: "", label: "Not set" }, ...countries]}
      />
      <SelectField
        label="PSTN connectivity"
        name="pstnConnectivity"
        defaultValue={values.pstnConnectivity ?? "online"}
        errors={errors?.pstnConnectivity}
        hint="Online: calls through Microsoft (Calling Plans). On-premises: through the organization's own phone system."
        options={[
          { value: "online", label: "Online" },
          { value: "onPremises", label: "On-premises (hybrid)" },
        ]}
      />
      <SelectField
        label="Kind"
        name="kind"
        defaultValue={values.kind ?? "person"}
        errors={errors?.kind}
        options={[
          { value: "person", label: "Person" },
          { value: "room", label: "Meeting room (Skype Room Systems v2)" },
        ]}
      />
    </div>
  );
}
